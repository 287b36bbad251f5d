package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/**
 * Flags a capability in require that no extension defines, that the server profile lacks, or that
 * conflicts with another (RFC 5228 section 3.2).
 */
public final class UnknownCapability implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unknown-capability",
          Severity.ERROR,
          Category.SYNTAX,
          "A require names a capability that is unknown or that the server does not support",
          UnknownCapability.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Validation.Finding f : Validation.of(context).findings(Validation.UNKNOWN_CAPABILITY)) {
      context.report(f.span(), f.message(), List.of(), f.help());
    }
  }
}
