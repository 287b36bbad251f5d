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
import java.util.List;
import java.util.Locale;
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
   * Whether the path tests nothing but guards (tests that exclude a class of automatic mail): the
   * reject then still answers every human sender, forged or not.
   */
  private static boolean onlyGuards(Path path) {
    for (Literal literal : path.literals()) {
      if (literal.exclusions().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Test spamTest(Path path) {
    for (Literal literal : path.literals()) {
      Test test = literal.test();
      if (!literal.positive()) {
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
}
