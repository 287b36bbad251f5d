package io.github.sievelint.run;

import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.lint.Severity;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The options that apply to a whole run, with every default filled in.
 *
 * @param model whether mail-system models are loaded: of the folders given, and of the roots found
 *     above the other paths (off: {@code --no-model}, {@code model: false})
 */
public record RunOptions(
    String format,
    @Nullable Path output,
    Map<String, Path> reports,
    String failOn,
    boolean exitZero,
    @Nullable Path baseline,
    String color,
    boolean quiet,
    boolean statistics,
    int jobs,
    boolean model) {

  /** The run options {@code v} sets, {@code defaultFormat} when it names no format. */
  public static RunOptions of(ConfigValues v, String defaultFormat) {
    String format = v.format() == null ? defaultFormat : v.format();
    Integer jobs = v.jobs();
    return new RunOptions(
        format,
        v.output(),
        v.reports(),
        v.failOn() == null ? "warning" : v.failOn(),
        Boolean.TRUE.equals(v.exitZero()),
        v.baseline(),
        v.color() == null ? "auto" : v.color(),
        Boolean.TRUE.equals(v.quiet()),
        Boolean.TRUE.equals(v.statistics()),
        jobs == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : jobs,
        !Boolean.FALSE.equals(v.model()));
  }

  /**
   * The least severity that fails the run, or nothing when {@code failOn} is {@code never}; {@code
   * exitZero} is the caller's to apply.
   */
  public Optional<Severity> failThreshold() {
    return failOn.equals("never") ? Optional.empty() : Severity.parse(failOn);
  }
}
