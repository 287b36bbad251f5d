package io.github.sievelint.rules;

import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/** Reports every syntax error the parser met and recovered from. */
public final class SyntaxError implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "syntax-error",
          Severity.ERROR,
          Category.SYNTAX,
          "The script does not match the grammar of RFC 5228 section 8",
          SyntaxError.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.MissingSemicolon.class, SyntaxError::message);
    for (SyntaxProblem problem : context.parse().problems()) {
      if (problem.kind() == SyntaxProblem.Kind.SYNTAX) {
        context.report(problem.span(), problem.message());
      }
    }
  }

  /** A missing ';' that the parser could not see: it read the next command as a test. */
  private static Validation.Message message(ValidityProblem.MissingSemicolon missing) {
    return new Validation.Message(
        "expected ';' after command '%s'".formatted(missing.command()),
        "end the %s command with ';'".formatted(missing.command()));
  }
}
