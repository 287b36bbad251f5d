package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleOption;
import io.github.sievelint.lint.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a vacation period of zero or below the configured minimum (option {@code minSeconds},
 * default one day): the responder answers the same sender again and again.
 */
public final class VacationPeriodTooShort implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "vacation-period-too-short",
              Severity.WARNING,
              Category.VACATION,
              "A vacation period is zero or shorter than the configured minimum",
              VacationPeriodTooShort.class)
          .withOptions(
              new RuleOption(
                  "minSeconds",
                  RuleOption.Type.INTEGER,
                  "86400",
                  "the shortest period, in seconds, that is not reported"));

  static final long DEFAULT_MIN_SECONDS = VacationPeriod.DAY;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The minimum period in force for {@code context}'s settings. */
  static long minSeconds(RuleContext context) {
    Object value = context.settings().option(INFO.id(), "minSeconds").orElse(null);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value != null) {
      try {
        return Long.parseLong(String.valueOf(value).trim());
      } catch (NumberFormatException e) {
        return DEFAULT_MIN_SECONDS;
      }
    }
    return DEFAULT_MIN_SECONDS;
  }

  @Override
  public void check(RuleContext context) {
    long min = minSeconds(context);
    for (Command vacation : ScriptFlow.reachable(context, Set.of("vacation"))) {
      Optional<VacationPeriod> stated = VacationPeriod.of(vacation);
      if (stated.isEmpty()) {
        continue;
      }
      VacationPeriod period = stated.get();
      if (period.seconds() == 0) {
        context.report(
            Severity.ERROR,
            period.argument().span(),
            "vacation "
                + period.written()
                + " asks for a reply to every message: two such responders, or one and a mailing"
                + " list, answer each other without end",
            "use ':days 1' or longer");
      } else if (period.seconds() < min) {
        context.report(
            Severity.WARNING,
            period.argument().span(),
            "vacation "
                + period.written()
                + " lets the server answer the same sender again after "
                + VacationPeriod.format(period.seconds())
                + ", less than the "
                + VacationPeriod.format(min)
                + " this rule asks for (option minSeconds): a looping peer gets a reply that"
                + " often where the server honours it (RFC 6131 section 2 lets it raise the"
                + " period to a minimum of its own)",
            "use ':days 1' or longer (or lower the option minSeconds)");
      }
    }
  }
}
