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
              RejectWithVacation.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPaths.Pair> pairs =
        ActionPaths.pairs(
            context.script(),
            c -> isReject(c) ? 1 : c.is("vacation") ? 0 : -1,
            kind -> 1 - kind,
            2);
    for (ActionPaths.Pair pair : pairs) {
      Command later = pair.later();
      Command earlier = pair.earlier();
      if (earlier == null) {
        continue;
      }
      boolean laterRejects = isReject(later);
      Command reject = laterRejects ? later : earlier;
      Command other = laterRejects ? earlier : later;
      context.report(
          later.nameSpan(),
          later.name()
              + " can run in the same run as the "
              + earlier.name()
              + " at line "
              + earlier.nameSpan().startLine()
              + "; "
              + reject.name()
              + " and vacation are incompatible, so the script fails and only the implicit"
              + " keep happens",
          List.of(
              new Related(
                  context.source().path(),
                  earlier.nameSpan(),
                  "the " + earlier.name() + " it conflicts with")),
          "put the "
              + reject.name()
              + " and the "
              + other.name()
              + " in different branches of one if/elsif/else, or end the run with stop after the"
              + " first");
    }
  }

  private static boolean isReject(Command command) {
    return command.is("reject") || command.is("ereject");
  }
}
