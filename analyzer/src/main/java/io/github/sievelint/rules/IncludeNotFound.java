package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/** Flags an include of a script that does not exist where RFC-6609 looks. */
public final class IncludeNotFound implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "include-not-found",
          Severity.ERROR,
          Category.ACCOUNTS,
          "An include names a script that does not exist",
          IncludeNotFound.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    IncludeFindings.report(context, INFO);
  }
}
