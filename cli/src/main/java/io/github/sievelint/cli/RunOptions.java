package io.github.sievelint.cli;

import io.github.sievelint.config.ConfigValues;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The options that apply to a whole run, with every default filled in. */
record RunOptions(
    String format,
    @Nullable Path output,
    Map<String, Path> reports,
    String failOn,
    boolean exitZero,
    @Nullable Path baseline,
    String color,
    boolean quiet,
    boolean statistics,
    int jobs) {

  static RunOptions of(ConfigValues v, Environment env) {
    String format = v.format();
    if (format == null) {
      format = "true".equals(env.variable("GITHUB_ACTIONS", "")) ? "github" : "text";
    }
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
        jobs == null ? Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())) : jobs);
  }
}
