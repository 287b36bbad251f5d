package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Flags a test that no Sieve extension defines, or a command used where a test belongs (RFC 5228
 * section 8.2).
 */
public final class UnknownTest implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unknown-test",
          Severity.ERROR,
          Category.SYNTAX,
          "A test that no known extension defines",
          UnknownTest.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.NotATest.class, UnknownTest::message);
  }

  private static Validation.Message message(ValidityProblem.NotATest problem) {
    String text =
        problem instanceof ValidityProblem.UndefinedTest undefined
            ? "unknown test '%s': no Sieve extension defines it, so the server rejects the script%s"
                .formatted(problem.name(), didYouMean(undefined.suggestion()))
            : "'%s' is a command, not a test; a condition needs a test here"
                .formatted(problem.name());
    return Validation.Message.of(text);
  }

  /** The end of the message about an unknown command or test: the closest name, if any. */
  static String didYouMean(@Nullable String suggestion) {
    return suggestion == null ? "" : " (did you mean '" + suggestion + "'?)";
  }
}
