package io.github.sievelint.rules;

import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/** Reports a script that exceeds what sievelint analyses (size, nesting depth). */
public final class LimitExceeded implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "limit-exceeded",
          Severity.ERROR,
          Category.SYNTAX,
          "The script exceeds a size or nesting limit and is not analysed in full",
          LimitExceeded.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (SyntaxProblem problem : context.parse().problems()) {
      if (problem.kind() == SyntaxProblem.Kind.LIMIT) {
        context.report(problem.span(), problem.message());
      }
    }
  }
}
