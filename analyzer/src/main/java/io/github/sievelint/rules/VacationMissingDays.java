package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Test;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Flags a reachable {@code vacation} with neither {@code :days} nor {@code :seconds}: the reply
 * interval is then whatever the server defaults to (RFC 5230 section 4.1).
 */
public final class VacationMissingDays implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "vacation-missing-days",
          Severity.WARNING,
          Category.VACATION,
          "A vacation action sets no reply interval with :days or :seconds",
          VacationMissingDays.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (Command command : reachable(context.script())) {
      if (!command.is("vacation")) {
        continue;
      }
      if (command.arguments().hasTag("days") || command.arguments().hasTag("seconds")) {
        continue;
      }
      context.report(
          command.nameSpan(),
          "vacation has no :days or :seconds, so the reply interval is the server default ("
              + context.settings().server().vacationDefaultDays()
              + " days on the "
              + context.settings().server().id()
              + " profile); the loop protection of the script depends on a setting it does not"
              + " show",
          List.of(),
          "add ':days 7' (or the interval you mean) to the vacation command");
    }
  }

  /** Commands not inside an {@code if false} block (Roundcube's way of disabling a rule). */
  static List<Command> reachable(Script script) {
    List<Command> out = new java.util.ArrayList<>();
    Deque<Command> stack = new ArrayDeque<>();
    for (int i = script.commands().size() - 1; i >= 0; i--) {
      stack.push(script.commands().get(i));
    }
    while (!stack.isEmpty()) {
      Command command = stack.pop();
      out.add(command);
      if (command.block() == null || disabled(command)) {
        continue;
      }
      List<Command> inner = command.block().commands();
      for (int i = inner.size() - 1; i >= 0; i--) {
        stack.push(inner.get(i));
      }
    }
    return out;
  }

  private static boolean disabled(Command command) {
    if (!command.is("if") && !command.is("elsif")) {
      return false;
    }
    List<Test> tests = command.arguments().tests();
    return tests.size() == 1 && tests.get(0).is("false");
  }
}
