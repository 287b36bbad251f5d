package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/**
 * Flags reject or ereject and vacation that can execute in one run (RFC 5429 section 2.4, RFC 5230
 * section 4.7): the two are incompatible.
 */
public final class RejectWithVacation implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "reject-with-vacation",
          Severity.ERROR,
          Category.SYNTAX,
          "reject or ereject and vacation can execute in one run of the script",
          RejectWithVacation.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPaths.Site> sites =
        ActionPaths.sites(context.script(), c -> isReject(c) || c.is("vacation"));
    for (int j = 0; j < sites.size(); j++) {
      ActionPaths.Site later = sites.get(j);
      for (int i = 0; i < j; i++) {
        ActionPaths.Site earlier = sites.get(i);
        if (isReject(earlier.command()) == isReject(later.command())
            || !ActionPaths.together(earlier, later)) {
          continue;
        }
        boolean laterRejects = isReject(later.command());
        Command reject = laterRejects ? later.command() : earlier.command();
        Command other = laterRejects ? earlier.command() : later.command();
        context.report(
            later.command().nameSpan(),
            later.command().name()
                + " can run in the same run as the "
                + earlier.command().name()
                + " at line "
                + earlier.command().nameSpan().startLine()
                + "; "
                + reject.name()
                + " and vacation are incompatible, so the script fails and only the implicit"
                + " keep happens",
            List.of(
                new Related(
                    context.source().path(),
                    earlier.command().nameSpan(),
                    "the " + earlier.command().name() + " it conflicts with")),
            "put the "
                + reject.name()
                + " and the "
                + other.name()
                + " in different branches of one if/elsif/else, or end the run with stop after the"
                + " first");
        break;
      }
    }
  }

  private static boolean isReject(Command command) {
    return command.is("reject") || command.is("ereject");
  }
}
