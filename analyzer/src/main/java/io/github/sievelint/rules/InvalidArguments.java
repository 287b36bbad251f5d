package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Includes;
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
    // Script names that no server accepts and that are not paths (include-outside-root has those).
    for (Command command : context.commands()) {
      Includes.Include include = Includes.parse(command).orElse(null);
      if (include != null && Includes.nameProblem(include.name()) == Includes.NameProblem.INVALID) {
        context.report(
            include.nameArgument().span(),
            "invalid script name \""
                + Includes.shown(include.name())
                + "\": a script name is not empty and holds no control characters (RFC 5804"
                + " section 1.6), so the server rejects the script",
            List.of(),
            "name the script to include");
      }
    }
  }
}
