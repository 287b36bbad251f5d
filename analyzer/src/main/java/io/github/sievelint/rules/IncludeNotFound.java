package io.github.sievelint.rules;

import io.github.sievelint.graph.IncludeProblem;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

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
    for (IncludeProblem.Missing missing :
        context.analysis().includeProblems(IncludeProblem.Missing.class)) {
      // RFC 6609 section 3.2: a missing :optional include is skipped, so it only warns.
      Severity severity = missing.optional() ? Severity.WARNING : INFO.defaultSeverity();
      String consequence =
          missing.optional()
              ? ":optional skips it, so whatever it should do never happens"
              : "the script fails at run time and the account falls back to keep";
      context.report(
          severity,
          missing.where(),
          "%s script \"%s\" does not exist in %s; %s"
              .formatted(
                  missing.global() ? "global" : "personal",
                  missing.name(),
                  missing.searched(),
                  consequence),
          List.of(),
          null);
    }
  }
}
