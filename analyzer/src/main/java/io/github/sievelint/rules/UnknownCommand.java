package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

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
    Validation.report(context, ValidityProblem.NotACommand.class, UnknownCommand::message);
  }

  private static Validation.Message message(ValidityProblem.NotACommand problem) {
    String text =
        problem instanceof ValidityProblem.UndefinedCommand undefined
            ? ("unknown command '%s': no Sieve extension defines it, so the server rejects the"
                    + " script%s")
                .formatted(problem.name(), UnknownTest.didYouMean(undefined.suggestion()))
            : "'%s' is a test, not a command; it can only stand in a condition such as if"
                .formatted(problem.name());
    return Validation.Message.of(text);
  }
}
