package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.Messages;
import io.github.sievelint.flow.Path;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Flags {@code exists} with several header names used as a guard: it is true only when every header
 * is present (RFC 5228 section 5.5), so its negation lets through mail that has only some of them.
 */
public final class GuardExistsAllHeaders implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "guard-exists-all-headers",
              Severity.WARNING,
              Category.GUARDS,
              "A guard uses exists with several headers, which is true only if all are present",
              GuardExistsAllHeaders.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    IdentityHashMap<Test, Command> reported = new IdentityHashMap<>(4);
    for (Command action : ScriptFlow.reachable(context, ScriptFlow.RESPONDING)) {
      for (Path path : flow.entry(action).paths().paths()) {
        for (Literal literal : path.literals()) {
          Test test = literal.test();
          if (literal.positive() || !test.is("exists") || reported.containsKey(test)) {
            continue;
          }
          List<String> names = ArgumentShape.of(test.arguments()).values(0);
          if (names.size() < 2 || names.stream().noneMatch(GuardExistsAllHeaders::guardHeader)) {
            continue;
          }
          reported.put(test, action);
          List<String> singles = new ArrayList<>();
          for (String name : names) {
            singles.add("exists \"" + name + "\"");
          }
          context.report(
              test.span(),
              "`"
                  + Messages.snippet(context.source(), test)
                  + "` is true only when every one of these headers is present, so as a guard it"
                  + " lets through mail that has just some of them: the "
                  + action.name()
                  + " on line "
                  + action.nameSpan().startLine()
                  + " can still answer it",
              List.of(),
              "test each header: anyof (" + String.join(", ", singles) + ")");
        }
      }
    }
  }

  private static boolean guardHeader(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.equals("auto-submitted") || n.startsWith("list-") || n.equals("precedence");
  }
}
