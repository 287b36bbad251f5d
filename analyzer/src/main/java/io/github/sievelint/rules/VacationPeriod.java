package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import java.util.Optional;

/** The reply period a vacation command states with {@code :days} or {@code :seconds}. */
record VacationPeriod(long seconds, String written, Argument.NumberValue argument) {

  static final long DAY = 86400;

  /** The stated period, if the command gives one as a number. */
  static Optional<VacationPeriod> of(Command vacation) {
    for (String tag : new String[] {"days", "seconds"}) {
      Optional<Argument> value = vacation.arguments().tagArgument(tag);
      if (value.isPresent() && value.get() instanceof Argument.NumberValue number) {
        long n = number.longValue();
        long factor = tag.equals("days") ? DAY : 1;
        long seconds = n > Long.MAX_VALUE / factor ? Long.MAX_VALUE : n * factor;
        return Optional.of(new VacationPeriod(seconds, ":" + tag + " " + number.raw(), number));
      }
    }
    return Optional.empty();
  }

  /** A period in the largest whole unit: {@code 7 days}, {@code 1 hour}, {@code 90 seconds}. */
  static String format(long seconds) {
    if (seconds >= DAY && seconds % DAY == 0) {
      return plural(seconds / DAY, "day");
    }
    if (seconds >= 3600 && seconds % 3600 == 0) {
      return plural(seconds / 3600, "hour");
    }
    if (seconds >= 60 && seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return plural(seconds, "second");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
