package io.github.sievelint.rules;

import io.github.sievelint.graph.IncludeProblem;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/** Flags includes that form a cycle. */
public final class IncludeCycle implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "include-cycle",
          Severity.ERROR,
          Category.ACCOUNTS,
          "Includes form a cycle",
          IncludeCycle.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (IncludeProblem.Cycle cycle :
        context.analysis().includeProblems(IncludeProblem.Cycle.class)) {
      context.report(
          cycle.where(),
          ("includes form a cycle: %s; the server fails the script at run time (RFC 6609"
                  + " section 3.1)")
              .formatted(String.join(" -> ", cycle.chain())),
          List.of(),
          null);
    }
  }
}
