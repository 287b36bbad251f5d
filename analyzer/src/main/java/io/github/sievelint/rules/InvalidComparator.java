package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/**
 * Flags a comparator that is unknown, not enabled by its require, or unable to perform the match
 * type (RFC 5228 section 2.7.3).
 */
public final class InvalidComparator implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-comparator",
          Severity.ERROR,
          Category.SYNTAX,
          "An unknown or unrequired comparator, or one that cannot do the match type",
          InvalidComparator.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Validation.Finding f : Validation.of(context).findings(Validation.INVALID_COMPARATOR)) {
      context.report(f.span(), f.message(), List.of(), f.help());
    }
  }
}
