package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.FlowState;
import io.github.sievelint.flow.Unreachable;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Flags commands no execution reaches: after {@code stop}/{@code return} on every path, under a
 * condition that is always false by its arguments or that contradicts the conditions before it.
 * Code switched off with a literal {@code true}/{@code false} condition ({@code if false}, an
 * {@code else} after {@code if true}) is intent and is not reported.
 */
public final class UnreachableCode implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "unreachable-code",
              Severity.WARNING,
              Category.HYGIENE,
              "A command that no execution can reach",
              UnreachableCode.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    Deque<List<Command>> blocks = new ArrayDeque<>();
    blocks.push(context.script().commands());
    while (!blocks.isEmpty()) {
      boolean inRun = false;
      for (Command command : blocks.pop()) {
        FlowState state = flow.entry(command);
        if (state.reachable()) {
          inRun = false;
          if (command.block() != null) {
            blocks.push(command.block().commands());
          }
          continue;
        }
        if (!inRun) {
          report(context, command, state.unreachable());
        }
        inRun = true;
      }
    }
  }

  private static void report(
      RuleContext context, Command command, @org.jspecify.annotations.Nullable Unreachable why) {
    String name = command.name();
    if (why == null) {
      context.report(command.nameSpan(), name + " never runs: no path reaches it");
      return;
    }
    switch (why.kind()) {
      case DISABLED -> {
        // Written that way on purpose (`if false`, an elsif after `if true`): not a mistake.
      }
      case AFTER_EXIT ->
          context.report(
              Severity.WARNING,
              command.nameSpan(),
              name
                  + " never runs: every path to it ends earlier ("
                  + why.detail()
                  + " on line "
                  + why.line()
                  + ")",
              "delete it, or move it before the " + why.detail());
      case KEEP_CANCELLED ->
          context.report(
              Severity.WARNING,
              command.nameSpan(),
              name + " never runs: no script before it keeps the message, so this one is not run",
              "keep the message in the scripts before it, or move this rule there");
      case FALSE_CONDITION ->
          context.report(
              Severity.WARNING,
              command.nameSpan(),
              name + " never runs: the condition on line " + why.line() + " is " + why.detail(),
              "fix or remove the constant condition");
      case CONTRADICTION ->
          context.report(
              Severity.WARNING,
              command.nameSpan(),
              name
                  + " never runs: the condition on line "
                  + why.line()
                  + " contradicts the conditions that lead to it",
              "check the tests before it: one of them already decides this one");
    }
  }
}
