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
 * Flags an include name that would leave the script folder (a path separator, or dots only). It
 * needs no model: the name alone decides, so a script linted alone gets the same finding as in its
 * repository.
 */
public final class IncludeOutsideRoot implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "include-outside-root",
          Severity.ERROR,
          Category.ACCOUNTS,
          "An include name would resolve outside the script folder",
          IncludeOutsideRoot.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Command command : context.commands()) {
      Includes.Include include = Includes.parse(command).orElse(null);
      if (include == null
          || Includes.nameProblem(include.name()) != Includes.NameProblem.LEAVES_FOLDER) {
        continue;
      }
      context.report(
          include.nameArgument().span(),
          "include name \""
              + Includes.shown(include.name())
              + "\" would resolve outside the "
              + (include.global() ? "global" : "personal")
              + " script folder; servers reject such a name (Pigeonhole: invalid script name),"
              + " and sievelint never reads it",
          List.of(),
          "name a script of the "
              + (include.global() ? "global" : "personal")
              + " folder, without '/' or '..'; put shared scripts in the global folder and use"
              + " include :global");
    }
  }
}
