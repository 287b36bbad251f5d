package io.github.sievelint.rules;

import io.github.sievelint.graph.Analysis;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/** Reports the include findings the repository analysis made for one of the include rules. */
final class IncludeFindings {

  private IncludeFindings() {}

  /** Reports each finding of rule {@code info}; an optional include that is missing warns. */
  static void report(RepositoryContext context, RuleInfo info) {
    for (Analysis.IncludeFinding finding : context.analysis().includeFindings()) {
      if (!finding.rule().equals(info.id())) {
        continue;
      }
      // RFC 6609 section 3.2: a missing :optional include is skipped, so it only warns.
      Severity severity =
          finding.optional() && info.id().equals(IncludeNotFound.INFO.id())
              ? Severity.WARNING
              : info.defaultSeverity();
      context.report(severity, finding.where(), finding.message(), List.of(), null);
    }
  }
}
