package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.SourceFile;

/** Reports a file that is not UTF-8 or that holds a NUL byte (RFC 5228 section 1.4). */
public final class InvalidEncoding implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-encoding",
          Severity.ERROR,
          Category.SYNTAX,
          "The file is not valid UTF-8 or holds a NUL byte",
          InvalidEncoding.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (SourceFile.EncodingProblem problem : context.source().encodingProblems()) {
      context.report(problem.span(), problem.message());
    }
  }
}
