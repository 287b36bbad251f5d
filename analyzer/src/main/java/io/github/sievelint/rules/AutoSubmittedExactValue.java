package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.condition.Facet;
import io.github.sievelint.condition.Grade;
import io.github.sievelint.condition.GuardForms;
import io.github.sievelint.condition.StringMatch;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.Messages;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags Auto-Submitted tests that compare with {@code :is} against particular auto values when no
 * other test of the script catches every auto-submitted message (RFC 3834 section 5).
 */
public final class AutoSubmittedExactValue implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "auto-submitted-exact-value",
              Severity.WARNING,
              Category.GUARDS,
              "The only Auto-Submitted test compares with :is against one value",
              AutoSubmittedExactValue.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    // The exact tests first: most scripts have none, and then no guard needs classifying.
    List<Test> exact = new ArrayList<>();
    List<Test> reachable = new ArrayList<>();
    for (Command command : context.commands()) {
      if (!flow.reachable(command)) {
        continue;
      }
      for (Test test : Walker.tests(command.arguments())) {
        reachable.add(test);
        if (!test.is("header")) {
          continue;
        }
        ArgumentShape shape = ArgumentShape.of(test.arguments());
        if (shape.lowerValues(0).contains("auto-submitted") && exactAutoValues(shape)) {
          exact.add(test);
        }
      }
    }
    if (exact.isEmpty()) {
      return;
    }
    // A test elsewhere that catches or clears all automatic mail makes the exact ones harmless.
    for (Test test : reachable) {
      Grade caught = GuardForms.catches(test).get(Facet.AUTO);
      if ((caught != null && caught.full()) || GuardForms.clears(test).containsKey(Facet.AUTO)) {
        return;
      }
    }
    for (Test test : exact) {
      context.report(
          test.span(),
          "`"
              + Messages.snippet(context.source(), test)
              + "` matches only that exact value: other auto values (auto-generated,"
              + " auto-notified) and values with comments such as \"auto-replied (vacation)\""
              + " get through",
          List.of(),
          "test `header :contains \"Auto-Submitted\" \"auto\"`, or exclude everything but \"no\"");
    }
  }

  private static boolean exactAutoValues(ArgumentShape shape) {
    String match = shape.matchType();
    boolean exactMatch =
        match.equals("is")
            || (match.equals("matches")
                && shape.values(1).stream().noneMatch(StringMatch::hasWildcard));
    if (!exactMatch || shape.values(1).isEmpty()) {
      return false;
    }
    return shape.values(1).stream()
        .allMatch(k -> !k.isEmpty() && !k.equalsIgnoreCase("no") && variablesFree(k));
  }

  private static boolean variablesFree(String key) {
    return io.github.sievelint.ast.VariableRefs.refs(key).isEmpty();
  }
}
