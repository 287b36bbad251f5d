package io.github.sievelint.rules;

import io.github.sievelint.graph.Cycle;
import io.github.sievelint.graph.Edge;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags a cycle of redirect, notify and alias edges through two or more accounts that one message
 * can go round.
 */
public final class RedirectCycle implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "redirect-cycle",
          Severity.ERROR,
          Category.ACCOUNTS,
          "Redirects, notifications and aliases forward one message around a cycle of accounts",
          RedirectCycle.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (Cycle cycle : context.graph().cycles()) {
      List<RepositoryContext.Step> steps = new ArrayList<>();
      List<Edge> edges = cycle.edges();
      for (int i = 1; i < edges.size(); i++) {
        Edge edge = edges.get(i);
        steps.add(
            new RepositoryContext.Step(
                edge.where(),
                "step "
                    + (i + 1)
                    + ": "
                    + edge.from().address()
                    + " -> "
                    + edge.to().address()
                    + " ("
                    + edge.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + ")"));
      }
      boolean breakers = cycle.everyEdgeBreaksLoops();
      int copies = cycle.copies();
      String message =
          "redirect loop: "
              + cycle.chain()
              + (copies >= 2
                  ? "; "
                      + copies
                      + " steps keep a copy (:copy), so every turn multiplies the message"
                  : "")
              + (breakers
                  ? "; every step tests a loop marker, which should stop it after one turn"
                  : "");
      context.report(
          breakers ? Severity.WARNING : Severity.ERROR,
          edges.get(0).where(),
          message,
          steps,
          "remove one redirect of the cycle, or skip it for mail that already went round"
              + " (if not header :contains \"X-Loop\" \"...\")");
    }
  }
}
