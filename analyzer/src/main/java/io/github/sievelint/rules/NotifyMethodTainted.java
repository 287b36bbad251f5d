package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.Variables;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a notify whose method URI is built from message data (RFC 5435 section 8): the sender of a
 * message then chooses where notifications go.
 */
public final class NotifyMethodTainted implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "notify-method-tainted",
              Severity.ERROR,
              Category.REDIRECT,
              "A notification method is built from message data",
              NotifyMethodTainted.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    if (!Variables.enabled(context.script())) {
      return;
    }
    Flow flow = ScriptFlow.of(context);
    for (Command notify : ScriptFlow.reachable(context, Set.of("notify"))) {
      Optional<Argument.StringValue> method = method(notify);
      if (method.isEmpty()) {
        continue;
      }
      String value = method.get().value();
      String origin = Variables.taint(value, flow.entry(notify));
      if (origin == null) {
        continue;
      }
      context.report(
          method.get().span(),
          "notification method \""
              + value
              + "\" takes "
              + origin
              + ": the sender of the message chooses where the notification goes (RFC 5435"
              + " section 8)",
          List.of(),
          "notify a constant method such as \"mailto:me@example.com\"");
    }
  }

  /** The method: the {@code :method} argument of the old draft syntax, else the last string. */
  static Optional<Argument.StringValue> method(Command notify) {
    ArgumentShape shape = ArgumentShape.of(notify.arguments());
    Optional<Argument> legacy = shape.tagArgument("method");
    if (legacy.isPresent() && legacy.get() instanceof Argument.StringValue s) {
      return Optional.of(s);
    }
    return shape.lastString();
  }
}
