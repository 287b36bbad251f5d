package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/** Flags a capability that an earlier require already named. */
public final class DuplicateRequire implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "duplicate-require",
          Severity.INFO,
          Category.HYGIENE,
          "The same capability is required twice",
          DuplicateRequire.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.RequiredTwice.class, DuplicateRequire::message);
  }

  private static Validation.Message message(ValidityProblem.RequiredTwice duplicate) {
    return new Validation.Message(
        "capability \"%s\" is already required on line %s; the second require changes nothing"
            .formatted(duplicate.name(), duplicate.firstLine()),
        "remove this \"%s\"".formatted(duplicate.name()));
  }
}
