package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.EffectiveScriptRule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.MessageClass;
import java.util.EnumSet;
import java.util.Set;

/** Flags a notify (RFC 5435) reachable for auto-submitted mail. */
public final class NotifyUnguarded implements EffectiveScriptRule {

  static final RuleInfo INFO =
      new RuleInfo(
              "notify-unguarded",
              Severity.INFO,
              Category.GUARDS,
              "A notify can fire for auto-submitted mail",
              NotifyUnguarded.class)
          .needingWholeScript()
          .withOptions(UnguardedCheck.classes("AUTO"), UnguardedCheck.STRICT);

  private static final UnguardedCheck CHECK =
      new UnguardedCheck(
          INFO,
          Set.of("notify"),
          "send a notification for",
          EnumSet.of(MessageClass.AUTO),
          EnumSet.noneOf(MessageClass.class),
          false);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    // The rule is about enotify (RFC 5435); the older draft "notify" has other methods and
    // semantics (RULES.md section 4).
    if (ScriptFlow.requires(context, "enotify")) {
      CHECK.run(context);
    }
  }
}
