package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.ServerProfile;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a vacation period outside the server profile's range, which the server clamps silently (RFC
 * 5230 section 4.1, RFC 6131 section 2). A period below the minimum that {@code
 * vacation-period-too-short} already reports is not reported again.
 */
public final class VacationPeriodOutOfRange implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "vacation-period-out-of-range",
          Severity.INFO,
          Category.VACATION,
          "A vacation period lies outside the server's range and is clamped",
          VacationPeriodOutOfRange.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    ServerProfile server = context.settings().server();
    boolean tooShortRuns = context.settings().enabled(VacationPeriodTooShort.INFO.id());
    long tooShortMin = VacationPeriodTooShort.minSeconds(context);
    for (Command vacation : ScriptFlow.reachable(context, Set.of("vacation"))) {
      Optional<VacationPeriod> stated = VacationPeriod.of(vacation);
      if (stated.isEmpty()) {
        continue;
      }
      VacationPeriod period = stated.get();
      long seconds = period.seconds();
      if (server.vacationMinSeconds().isPresent()
          && seconds < server.vacationMinSeconds().getAsLong()) {
        if (tooShortRuns && (seconds == 0 || seconds < tooShortMin)) {
          continue;
        }
        report(context, period, "below", "minimum", server.vacationMinSeconds().getAsLong());
      } else if (server.vacationMaxSeconds().isPresent()
          && seconds > server.vacationMaxSeconds().getAsLong()) {
        report(context, period, "above", "maximum", server.vacationMaxSeconds().getAsLong());
      }
    }
  }

  private static void report(
      RuleContext context, VacationPeriod period, String side, String bound, long effective) {
    String server = context.settings().serverLabel("profile");
    context.report(
        period.argument().span(),
        "vacation "
            + period.written()
            + " lies "
            + side
            + " the "
            + bound
            + " of the "
            + server
            + ": the server silently uses "
            + VacationPeriod.format(effective),
        java.util.List.of(),
        "state the period the server will use: " + VacationPeriod.format(effective));
  }
}
