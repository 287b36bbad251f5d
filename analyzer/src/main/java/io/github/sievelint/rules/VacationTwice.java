package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/** Flags two vacation actions that can execute in one run (RFC 5230 section 4.7). */
public final class VacationTwice implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "vacation-twice",
              Severity.ERROR,
              Category.SYNTAX,
              "Two vacation actions can execute in one run of the script",
              VacationTwice.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPaths.Pair> pairs =
        ActionPaths.pairs(context.script(), c -> c.is("vacation") ? 0 : -1, kind -> 0, 1);
    for (ActionPaths.Pair pair : pairs) {
      Command later = pair.later();
      Command earlier = pair.earlier();
      if (pair.inLoop()) {
        context.report(
            later.nameSpan(),
            "vacation inside foreverypart can run once per MIME part; a second vacation in one"
                + " run is an error, so the script fails and only the implicit keep happens",
            List.of(),
            "move the vacation out of the foreverypart loop");
      } else if (earlier != null) {
        context.report(
            later.nameSpan(),
            "vacation can run in the same run as the vacation at line "
                + earlier.nameSpan().startLine()
                + "; two vacation actions are an error, so the script fails and only the"
                + " implicit keep happens",
            List.of(new Related(context.source().path(), earlier.nameSpan(), "the other vacation")),
            "put the vacations in different branches of one if/elsif/else, or end the run"
                + " with stop after the first");
      }
    }
  }
}
