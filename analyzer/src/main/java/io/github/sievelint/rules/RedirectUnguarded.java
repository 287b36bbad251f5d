package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.EffectiveScriptRule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.MessageClass;
import java.util.EnumSet;
import java.util.Set;

/** Flags a redirect reachable for auto-submitted mail or mail with a null envelope sender. */
public final class RedirectUnguarded implements EffectiveScriptRule {

  static final RuleInfo INFO =
      new RuleInfo(
              "redirect-unguarded",
              Severity.INFO,
              Category.GUARDS,
              "A redirect can forward auto-submitted mail or bounces",
              RedirectUnguarded.class)
          .needingWholeScript()
          .withOptions(UnguardedCheck.classes("AUTO,NULLSENDER"), UnguardedCheck.STRICT);

  private static final UnguardedCheck CHECK =
      new UnguardedCheck(
          INFO,
          Set.of("redirect"),
          "forward",
          EnumSet.of(MessageClass.AUTO, MessageClass.NULLSENDER),
          EnumSet.noneOf(MessageClass.class),
          false);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    CHECK.run(context);
  }
}
