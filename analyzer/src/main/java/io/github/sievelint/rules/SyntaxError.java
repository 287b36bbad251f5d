package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.Span;
import java.util.List;

/**
 * Reports every syntax error the parser met and recovered from, and rejects the commands recovery
 * patched: what other rules would find in them is about text that was not written so.
 */
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
    for (SyntaxProblem problem : context.parse().problems()) {
      if (problem.kind() == SyntaxProblem.Kind.SYNTAX) {
        context.report(problem.span(), problem.message(), List.of(), problem.help());
      }
    }
    int end = context.source().text().length();
    for (Command patched : context.parse().patched()) {
      Span head = patched.head();
      // Every later command is read against the capabilities a require names (RFC 5228 section
      // 3.2); once a require is patched, none of them can be read as written.
      context.reject(patched.is("require") ? context.source().span(head.start(), end) : head);
    }
  }
}
