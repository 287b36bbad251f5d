package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.lint.Suppressions;

/**
 * Flags a {@code # sievelint: disable=...} directive that names an unknown rule or hides nothing.
 * The work happens in {@link Suppressions}, which the linter applies after every other rule has
 * run, since only then is it known what a directive hides.
 */
public final class UnusedSuppression implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          Suppressions.RULE_ID,
          Severity.INFO,
          Category.HYGIENE,
          "A suppression directive names an unknown rule or suppresses nothing",
          UnusedSuppression.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    // Reported by the linter through Suppressions, once the other rules' findings are known.
  }
}
