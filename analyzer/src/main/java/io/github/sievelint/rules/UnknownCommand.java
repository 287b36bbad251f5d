package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/**
 * Flags a command that no Sieve extension defines, or a test used where a command belongs (RFC 5228
 * section 8.2).
 */
public final class UnknownCommand implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unknown-command",
          Severity.ERROR,
          Category.SYNTAX,
          "A command that no known extension defines",
          UnknownCommand.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Validation.Finding f : Validation.of(context).findings(Validation.UNKNOWN_COMMAND)) {
      context.report(f.span(), f.message(), List.of(), f.help());
    }
  }
}
