package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/**
 * Flags arguments that do not fit the usage of their command or test: count, types, tags, values,
 * tests and blocks.
 */
public final class InvalidArguments implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-arguments",
          Severity.ERROR,
          Category.SYNTAX,
          "A command or test has the wrong arguments, tags, tests or block",
          InvalidArguments.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Validation.Finding f : Validation.of(context).findings(Validation.INVALID_ARGUMENTS)) {
      context.report(f.span(), f.message(), List.of(), f.help());
    }
  }
}
