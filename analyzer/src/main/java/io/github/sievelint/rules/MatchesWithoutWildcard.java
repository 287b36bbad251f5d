package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Arguments;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.StringMatch;
import io.github.sievelint.flow.Variables;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;

/** Flags a {@code :matches} key with no {@code *} or {@code ?}: it compares like {@code :is}. */
public final class MatchesWithoutWildcard implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "matches-without-wildcard",
          Severity.INFO,
          Category.HYGIENE,
          "A :matches key holds no wildcard, so :is was meant",
          MatchesWithoutWildcard.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    boolean variables = Variables.enabled(context.script());
    for (Command command : Walker.commands(context.script())) {
      if (!flow.reachable(command)) {
        continue;
      }
      checkArguments(context, command.arguments(), variables);
      for (Test test : Walker.tests(command.arguments())) {
        checkArguments(context, test.arguments(), variables);
      }
    }
  }

  private static void checkArguments(RuleContext context, Arguments arguments, boolean variables) {
    if (!arguments.hasTag("matches") || arguments.values().isEmpty()) {
      return;
    }
    Argument keys = arguments.values().get(arguments.values().size() - 1);
    for (Argument.StringValue key : Argument.strings(keys)) {
      String value = key.value();
      if (StringMatch.hasWildcard(value) || (variables && !Variables.refs(value).isEmpty())) {
        continue;
      }
      context.report(
          key.span(),
          ":matches key \""
              + value
              + "\" has no * or ?, so it matches only that exact value, as :is would",
          List.of(),
          "use :is, or add the wildcards you meant (\"*" + value + "*\")");
    }
  }
}
