package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;
import java.util.Set;

/**
 * Flags a reachable {@code vacation} with neither {@code :days} nor {@code :seconds}: the reply
 * interval is then whatever the server defaults to (RFC 5230 section 4.1). Reachability comes from
 * the flow analysis: a vacation after {@code stop} or inside {@code if false} is not flagged.
 */
public final class VacationMissingDays implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "vacation-missing-days",
          Severity.INFO,
          Category.VACATION,
          "A vacation action sets no reply interval with :days or :seconds",
          VacationMissingDays.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Command command : ScriptFlow.reachable(context, Set.of("vacation"))) {
      if (command.arguments().hasTag("days") || command.arguments().hasTag("seconds")) {
        continue;
      }
      context.report(
          command.nameSpan(),
          "vacation has no :days or :seconds, so the server's default reply interval applies: "
              + context.settings().server().vacationDefaultDays()
              + " days on the "
              + context.settings().serverLabel("profile")
              + ", and never less than 7 days on a standard server (RFC 5230 section 4.1); the"
              + " script does not show it",
          List.of(),
          "add ':days "
              + context.settings().server().vacationDefaultDays()
              + "' (the default, so nothing changes) or the interval you mean to the vacation"
              + " command");
    }
  }
}
