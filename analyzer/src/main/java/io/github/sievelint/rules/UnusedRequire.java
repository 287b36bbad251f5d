package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/** Flags a capability in require that no command, test, tag or argument of the script uses. */
public final class UnusedRequire implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unused-require",
          Severity.WARNING,
          Category.HYGIENE,
          "A required capability that nothing in the script uses",
          UnusedRequire.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Validation.Finding f : Validation.of(context).findings(Validation.UNUSED_REQUIRE)) {
      context.report(f.span(), f.message(), List.of(), f.help());
    }
  }
}
