package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.condition.Facet;
import io.github.sievelint.condition.GuardForms;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.Messages;
import io.github.sievelint.flow.Path;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Flags {@code header :is "Auto-Submitted" "no"} taken as false on the way to a responding action:
 * {@code not header :is "Auto-Submitted" "no"} (or the else side of the test, or the code after an
 * early exit on it) is true for every auto-submitted message, the opposite of a guard.
 */
public final class AutoSubmittedGuardInverted implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "auto-submitted-guard-inverted",
              Severity.ERROR,
              Category.GUARDS,
              "A test of Auto-Submitted is used the wrong way round and lets auto-submitted mail through",
              AutoSubmittedGuardInverted.class)
          .needingWholeScript();

  private static final Set<String> ACTIONS = Set.of("vacation", "redirect", "notify");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    IdentityHashMap<Test, Command> reported = new IdentityHashMap<>();
    for (Command action : ScriptFlow.reachable(context, ACTIONS)) {
      for (Path path : flow.entry(action).paths().paths()) {
        for (Literal literal : path.literals()) {
          Test test = literal.test();
          if (literal.positive()
              || reported.containsKey(test)
              || !GuardForms.clears(test).containsKey(Facet.AUTO)) {
            continue;
          }
          reported.put(test, action);
          report(context, flow, test, action);
        }
      }
    }
  }

  private static void report(RuleContext context, Flow flow, Test test, Command action) {
    Command owner = flow.conditionOf(test).orElse(null);
    Test parent = owner == null ? null : ScriptFlow.parent(test, owner).orElse(null);
    String where = action.name() + " on line " + action.nameSpan().startLine();
    if (parent != null && parent.is("not")) {
      context.report(
          parent.span(),
          "`"
              + Messages.snippet(context.source(), parent)
              + "` is true for every auto-submitted message (and for mail without the header),"
              + " so it lets auto-submitted mail reach the "
              + where
              + " instead of keeping it away",
          java.util.List.of(),
          "use `not header :contains \"Auto-Submitted\" \"auto\"` (or `header :is"
              + " \"Auto-Submitted\" \"no\"` without the not)");
      return;
    }
    context.report(
        test.span(),
        "`"
            + Messages.snippet(context.source(), test)
            + "` is false for every auto-submitted message, and the "
            + where
            + " runs where it is false: the test lets through exactly the mail it should keep away",
        java.util.List.of(),
        "swap the branches, or test `header :contains \"Auto-Submitted\" \"auto\"` instead");
  }
}
