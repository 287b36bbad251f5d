package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/**
 * Flags a command in a place the language forbids: a late require, elsif or else without if, break
 * or extracttext outside foreverypart, a late global.
 */
public final class MisplacedCommand implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "misplaced-command",
          Severity.ERROR,
          Category.SYNTAX,
          "A command stands where the language does not allow it",
          MisplacedCommand.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Validation.Finding f : Validation.of(context).findings(Validation.MISPLACED_COMMAND)) {
      context.report(f.span(), f.message(), List.of(), f.help());
    }
  }
}
