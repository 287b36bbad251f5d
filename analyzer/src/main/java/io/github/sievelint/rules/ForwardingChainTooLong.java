package io.github.sievelint.rules;

import io.github.sievelint.graph.Edge;
import io.github.sievelint.graph.ForwardingGraph;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleOption;
import io.github.sievelint.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags an acyclic forwarding chain with more redirect hops than maxHops (default: the server
 * profile's).
 */
public final class ForwardingChainTooLong implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
              "forwarding-chain-too-long",
              Severity.WARNING,
              Category.ACCOUNTS,
              "A forwarding chain is longer than the server allows",
              ForwardingChainTooLong.class)
          .withOptions(
              new RuleOption(
                  "maxHops",
                  RuleOption.Type.INTEGER,
                  "the server profile's hop limit",
                  "the longest forwarding chain not reported"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    int maxHops = (int) context.longOption("maxHops", context.settings().server().maxHops());
    for (List<Edge> chain : context.graph().chainsLongerThan(maxHops)) {
      long hops = chain.stream().filter(Edge::scripted).count();
      List<RepositoryContext.Step> steps = new ArrayList<>();
      for (int i = 1; i < chain.size(); i++) {
        steps.add(
            new RepositoryContext.Step(
                chain.get(i).where(), "hop to " + chain.get(i).to().address()));
      }
      context.report(
          chain.get(0).where(),
          "forwarding chain of "
              + hops
              + " hops exceeds maxHops "
              + maxHops
              + ": "
              + ForwardingGraph.describe(chain)
              + "; servers count Received headers and bounce long chains",
          steps,
          "redirect straight to the final address");
    }
  }
}
