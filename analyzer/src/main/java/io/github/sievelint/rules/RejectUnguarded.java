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
 * Flags a reject or ereject reachable for mail with a null envelope sender (RFC 5429 section 2.1).
 */
public final class RejectUnguarded implements EffectiveScriptRule {

  static final RuleInfo INFO =
      new RuleInfo(
              "reject-unguarded",
              Severity.INFO,
              Category.GUARDS,
              "A reject can refuse a bounce, which is backscatter",
              RejectUnguarded.class)
          .needingWholeScript()
          .withOptions(UnguardedCheck.classes("NULLSENDER"), UnguardedCheck.STRICT);

  private static final UnguardedCheck CHECK =
      new UnguardedCheck(
          INFO,
          Set.of("reject", "ereject"),
          "refuse",
          EnumSet.of(MessageClass.NULLSENDER),
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
