package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/** Flags an include name that would resolve outside the script folder. */
public final class IncludeOutsideRoot implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "include-outside-root",
          Severity.ERROR,
          Category.ACCOUNTS,
          "An include name would resolve outside the repository",
          IncludeOutsideRoot.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    IncludeFindings.report(context, INFO);
  }
}
