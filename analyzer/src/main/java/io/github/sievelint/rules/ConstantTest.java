package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.Messages;
import io.github.sievelint.flow.Variables;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;
import java.util.Set;

/**
 * Flags tests that are always true by their arguments: a match-anything key on a header every
 * message has or on the envelope sender (unless the test is there to capture a match variable). The
 * literals {@code true} and {@code false} are written on purpose and are not flagged.
 */
public final class ConstantTest implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "constant-test",
              Severity.WARNING,
              Category.HYGIENE,
              "A test that is always true or always false",
              ConstantTest.class)
          .needingWholeScript();

  /** Header fields every message must have (RFC 5322 section 3.6). */
  private static final Set<String> REQUIRED_HEADERS = Set.of("from", "date");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    boolean variables = Variables.enabled(context.script());
    for (Command command : context.commands()) {
      if (!flow.reachable(command)) {
        continue;
      }
      for (Test test : Walker.tests(command.arguments())) {
        if (test.is("true") || test.is("false")) {
          // A literal is written on purpose: `if true` for "every message", `if false` to
          // switch a rule off, `anyof (false, ...)` to switch a test off.
          continue;
        }
        if (alwaysTrue(test, variables)) {
          context.report(
              test.span(),
              "`"
                  + Messages.snippet(context.source(), test)
                  + "` is true for every message: "
                  + (test.is("envelope")
                      ? "every message has an envelope sender, the empty one included"
                      : "every message has this header (RFC 5322 section 3.6)")
                  + ", so the condition does not depend on the message",
              List.of(),
              "drop the test, or test what you meant");
        }
      }
    }
  }

  private static boolean alwaysTrue(Test test, boolean variables) {
    ArgumentShape shape = ArgumentShape.of(test.arguments());
    String match = shape.matchType();
    if (variables && (match.equals("matches") || match.equals("regex"))) {
      return false;
    }
    boolean anyKey = false;
    if (io.github.sievelint.condition.StringMatch.knownMatchType(match)) {
      for (String key : shape.values(1)) {
        if (matchesAnything(match, key)) {
          anyKey = true;
          break;
        }
      }
    }
    if (!anyKey
        || shape.has("mime")
        || shape.has("index")
        || shape.has("count")
        || shape.has("value")) {
      return false;
    }
    List<String> names = shape.lowerValues(0);
    if (test.is("header")) {
      return names.stream().anyMatch(REQUIRED_HEADERS::contains);
    }
    if (test.is("envelope")) {
      return names.contains("from") && shape.addressPart().equals("all");
    }
    return false;
  }

  private static boolean matchesAnything(String match, String key) {
    return switch (match) {
      case "contains" -> key.isEmpty();
      case "matches" -> !key.isEmpty() && onlyStars(key);
      case "regex" -> key.isEmpty() || key.equals(".*") || key.equals("^") || key.equals("^.*");
      default -> false;
    };
  }

  private static boolean onlyStars(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != '*') {
        return false;
      }
    }
    return true;
  }
}
