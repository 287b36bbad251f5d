package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

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
    IncludeFindings.report(context, INFO);
  }
}
