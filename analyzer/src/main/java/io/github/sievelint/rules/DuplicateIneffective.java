package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Flags a {@code duplicate} test (RFC 7352) that cannot work as a loop breaker: {@code :seconds 0}
 * makes it always false, and a duplicate that is not the first operand of {@code anyof}/{@code
 * allof} is skipped whenever an earlier operand decides, so the message is not recorded.
 */
public final class DuplicateIneffective implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "duplicate-ineffective",
          Severity.INFO,
          Category.GUARDS,
          "A duplicate test cannot break a loop the way it is used",
          DuplicateIneffective.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    for (Command command : context.commands()) {
      if (!flow.reachable(command)) {
        continue;
      }
      List<Test> tests = Walker.tests(command.arguments());
      for (Test test : tests) {
        if (test.is("duplicate")) {
          checkSeconds(context, test);
        }
        if (test.is("anyof") || test.is("allof")) {
          checkOrder(context, test);
        }
      }
    }
  }

  private static void checkSeconds(RuleContext context, Test test) {
    Optional<Argument> seconds = test.arguments().tagArgument("seconds");
    if (seconds.isPresent()
        && seconds.get() instanceof Argument.NumberValue number
        && number.longValue() == 0) {
      context.report(
          number.span(),
          "duplicate :seconds 0 is always false (RFC 7352 section 3.3): it never recognises a"
              + " message it has seen, so it breaks no loop",
          List.of(),
          "drop :seconds, or give a period such as 3600");
    }
  }

  private static void checkOrder(RuleContext context, Test list) {
    List<Test> operands = list.arguments().tests();
    for (int i = 1; i < operands.size(); i++) {
      Test operand = operands.get(i);
      while (operand.is("not") && operand.arguments().tests().size() == 1) {
        operand = operand.arguments().tests().get(0);
      }
      if (!operand.is("duplicate")) {
        continue;
      }
      context.report(
          operand.span(),
          "duplicate is operand "
              + (i + 1)
              + " of "
              + list.name()
              + ": when an earlier operand decides the result it is not evaluated and the message"
              + " is not recorded (RFC 7352 section 3), so a looping copy is not recognised",
          List.of(),
          "make duplicate the first operand of " + list.name());
    }
  }
}
