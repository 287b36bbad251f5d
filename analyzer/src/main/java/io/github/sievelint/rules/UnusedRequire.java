package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/** Flags a capability in require that no command, test, tag or argument of the script uses. */
public final class UnusedRequire implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "unused-require",
              Severity.WARNING,
              Category.HYGIENE,
              "A required capability that nothing in the script uses",
              UnusedRequire.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.UnusedCapability.class, UnusedRequire::message);
  }

  /** The comparators every server has (RFC 5228 section 2.7.3): requiring them costs nothing. */
  private static final java.util.Set<String> ALWAYS =
      java.util.Set.of("comparator-i;octet", "comparator-i;ascii-casemap");

  private static Validation.Message message(ValidityProblem.UnusedCapability unused) {
    if (ALWAYS.contains(unused.name().toLowerCase(java.util.Locale.ROOT))) {
      return new Validation.Message(
          "capability \"%s\" needs no require: every server has it (RFC 5228 section 2.7.3),"
                  .formatted(unused.name())
              + " so the require changes nothing",
          "remove \"%s\" from the require".formatted(unused.name()),
          Severity.INFO);
    }
    return new Validation.Message(
        "capability \"%s\" is required but nothing in the script uses it".formatted(unused.name()),
        "remove \"%s\" from the require".formatted(unused.name()));
  }
}
