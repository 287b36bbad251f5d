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
 * Flags tests that are always true or always false: {@code true}/{@code false} other than the
 * {@code if false} disable idiom, and a match-anything key on a header every message has or on the
 * envelope sender (unless the test is there to capture a match variable).
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
      List<Test> conditionTests = command.arguments().tests();
      Test whole = conditionTests.size() == 1 ? conditionTests.get(0) : null;
      for (Test test : Walker.tests(command.arguments())) {
        // The same node, not an equal one: a record's equals would compare whole subtrees.
        @SuppressWarnings("ReferenceEquality")
        boolean isWhole = test == whole;
        if ((test.is("true") || test.is("false")) && test.arguments().values().isEmpty()) {
          if (isWhole && command.is("if") && test.is("false")) {
            continue;
          }
          reportLiteral(context, command, test, isWhole);
        } else if (alwaysTrue(test, variables)) {
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

  private static void reportLiteral(
      RuleContext context, Command command, Test test, boolean whole) {
    boolean value = test.is("true");
    String message;
    if (whole && (command.is("if") || command.is("elsif"))) {
      message =
          "`"
              + command.name()
              + " "
              + test.name()
              + "` is always "
              + test.name()
              + (value
                  ? ": its block runs for every message and no elsif or else after it ever runs"
                  : ": its block never runs");
    } else {
      message =
          "`"
              + test.name()
              + "` is always "
              + test.name()
              + ", so this part of the condition on line "
              + command.nameSpan().startLine()
              + " does not depend on the message";
    }
    context.report(test.span(), message, List.of(), "remove the constant, or write the real test");
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
