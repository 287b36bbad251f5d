package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Flags {@code reject} (not {@code ereject}) that runs for every message or under a spam test: the
 * refusal goes to the envelope sender, which spam forges (RFC 5429 sections 1 and 2.3).
 */
public final class RejectBackscatter implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "reject-backscatter",
              Severity.WARNING,
              Category.REDIRECT,
              "A reject answers spam or every message, sending refusals to forged senders",
              RejectBackscatter.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    for (Command reject : ScriptFlow.reachable(context, Set.of("reject"))) {
      String why = null;
      for (Path path : flow.entry(reject).paths().paths()) {
        if (onlyGuards(path)) {
          why =
              path.literals().isEmpty()
                  ? "it runs for every message"
                  : "it runs for every message its guards against automatic mail let through";
          break;
        }
        Test spam = spamTest(path);
        if (spam != null && why == null) {
          why =
              "it runs when `"
                  + Messages.snippet(context.source(), spam)
                  + "` (line "
                  + spam.span().startLine()
                  + ") says the message is spam";
        }
      }
      if (why == null) {
        continue;
      }
      context.report(
          reject.nameSpan(),
          "reject sends its refusal to the envelope sender and "
              + why
              + ": spam forges that sender, so the refusals land on innocent third parties"
              + " (backscatter)",
          List.of(),
          "use ereject (refuses during SMTP when it can), or fileinto a junk folder or discard");
    }
  }

  /**
   * Whether the path tests nothing but guards: tests that exclude a class of automatic mail (a
   * negated {@code exists "Auto-Submitted"}), or that clear one while matching every other sender
   * ({@code envelope :matches "from" "?*"}). The reject then still answers every human sender,
   * forged or not. A positive test with specific keys ({@code envelope :is "from" "x@y"}) also
   * clears the null sender, but it is a real condition, not a guard.
   */
  private static boolean onlyGuards(Path path) {
    for (Literal literal : path.literals()) {
      if (literal.exclusions().isEmpty() || (literal.positive() && !broad(literal.test()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a positive {@code test} matches any non-empty value: only wildcards, or "@". */
  private static boolean broad(Test test) {
    ArgumentShape shape = ArgumentShape.of(test.arguments());
    List<Argument> positional = shape.positional();
    if (positional.isEmpty()) {
      return false;
    }
    String match = shape.matchType();
    for (Argument.StringValue key : Argument.strings(positional.get(positional.size() - 1))) {
      String value = key.value();
      boolean any =
          switch (match) {
            case "matches" -> value.chars().allMatch(c -> c == '*' || c == '?');
            case "contains" -> value.isEmpty() || value.equals("@");
            case "regex" -> value.equals(".") || value.equals(".+") || value.equals("@");
            default -> false;
          };
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Test spamTest(Path path) {
    for (Literal literal : path.literals()) {
      Test test = literal.test();
      if (!literal.positive() || !saysSpam(test)) {
        continue;
      }
      if (test.is("spamtest") || test.is("virustest")) {
        return test;
      }
      if (test.is("header") || test.is("exists")) {
        for (String name : ArgumentShape.of(test.arguments()).lowerValues(0)) {
          String n = name.toLowerCase(Locale.ROOT);
          if (n.startsWith("x-spam") || n.startsWith("x-virus")) {
            return test;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether a true {@code test} says "spam" rather than "not spam" or "scanned": a score above a
   * bound ({@code :value "ge"}) or of 5 and more, a spam flag ({@code X-Spam-Flag: YES}), a star
   * rating, or the mere presence of a header scanners add to spam only. A score below a bound, a
   * count, a negative or zero score, or a header every scanned message carries ({@code
   * X-Spam-Status}) does not.
   */
  private static boolean saysSpam(Test test) {
    ArgumentShape shape = ArgumentShape.of(test.arguments());
    if (test.is("spamtest") || test.is("virustest") || shape.has("value")) {
      Optional<Argument> relation = shape.tagArgument("value");
      if (shape.has("count")) {
        return false;
      }
      if (relation.isEmpty()) {
        return test.is("spamtest") || test.is("virustest");
      }
      for (Argument.StringValue r : Argument.strings(relation.get())) {
        String op = r.value().toLowerCase(Locale.ROOT);
        if (!op.equals("gt") && !op.equals("ge")) {
          return false;
        }
      }
      return true;
    }
    if (shape.has("count")) {
      return false;
    }
    if (test.is("exists")) {
      for (String name : shape.lowerValues(0)) {
        if (!EVERY_SCANNED.contains(name)) {
          return true;
        }
      }
      return false;
    }
    if (shape.positional().size() < 2) {
      return false;
    }
    String match = shape.matchType();
    for (String key : shape.lowerValues(shape.positional().size() - 1)) {
      String k = key.trim();
      if (k.equals("yes") || k.equals("true") || k.startsWith("yes,") || k.contains("spam")) {
        return true;
      }
      boolean stars = k.length() >= 3 && k.chars().allMatch(c -> c == '*' || c == '\\');
      if (stars && !match.equals("matches")) {
        return true;
      }
      if (stars && k.contains("\\*")) {
        return true;
      }
      if (highScore(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code key} is a score at or above SpamAssassin's default threshold of 5, wildcards
   * read as 0: {@code "9.?"}, {@code "1?"}, {@code "40"}; never a negative or zero score.
   */
  private static boolean highScore(String key) {
    String digits = key.replace('?', '0').replace("*", "");
    if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      return false;
    }
    try {
      return Double.parseDouble(digits) >= 5;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Headers scanners add to every message they scan, spam or not. */
  private static final Set<String> EVERY_SCANNED =
      Set.of(
          "x-spam-status",
          "x-spam-score",
          "x-spam-level",
          "x-spam-checker-version",
          "x-spam-report",
          "x-virus-scanned",
          "x-virus-status");
}
