package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/**
 * Flags a command, test, tag or argument form whose extension no require names (RFC 5228 section
 * 3.2).
 */
public final class MissingRequire implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "missing-require",
          Severity.ERROR,
          Category.SYNTAX,
          "A command, test, tag or argument form is used without the require of its extension",
          MissingRequire.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Validation.Finding f : Validation.of(context).findings(Validation.MISSING_REQUIRE)) {
      context.report(f.span(), f.message(), List.of(), f.help());
    }
  }
}
