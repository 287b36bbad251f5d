package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.EffectiveScriptRule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.MessageClass;
import java.util.EnumSet;
import java.util.Set;

/**
 * Flags a vacation reachable for auto-submitted or mailing-list mail (GUARDS.md, RFC 3834 section
 * 2).
 */
public final class VacationUnguarded implements EffectiveScriptRule {

  static final RuleInfo INFO =
      new RuleInfo(
              "vacation-unguarded",
              Severity.WARNING,
              Category.GUARDS,
              "A vacation can answer auto-submitted or mailing-list mail",
              VacationUnguarded.class)
          .needingWholeScript()
          .withOptions(UnguardedCheck.classes("AUTO,LIST"), UnguardedCheck.STRICT);

  private static final UnguardedCheck CHECK =
      new UnguardedCheck(
          INFO,
          Set.of("vacation"),
          "answer",
          EnumSet.of(MessageClass.AUTO, MessageClass.LIST),
          EnumSet.of(MessageClass.BULK, MessageClass.NULLSENDER, MessageClass.SYSTEM),
          true);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    CHECK.run(context);
  }
}
