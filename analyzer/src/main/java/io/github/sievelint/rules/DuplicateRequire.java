package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

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
    for (Validation.Finding f : Validation.of(context).findings(Validation.DUPLICATE_REQUIRE)) {
      context.report(f.span(), f.message(), List.of(), f.help());
    }
  }
}
