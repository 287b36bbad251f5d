package io.github.sievelint.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The settings one configuration layer sets: a {@code .sievelint.yaml}, the {@code rules:} of a
 * manifest, or the command line. Every field is optional; {@code null} means "not set here". Paths
 * are absolute (resolved against the file's folder or the working directory).
 *
 * @param sources the files these values came from, nearest first
 * @param reports extra reports: format name to file
 * @param ignore rule ids to turn off; unlike other lists these add up across layers
 * @param model whether a run loads mail-system models (discovered above partial paths too); false
 *     lints every file on its own
 */
public record ConfigValues(
    List<Path> sources,
    boolean root,
    @Nullable String format,
    @Nullable Path output,
    Map<String, Path> reports,
    @Nullable String failOn,
    @Nullable Boolean exitZero,
    @Nullable String server,
    @Nullable List<String> select,
    List<String> ignore,
    @Nullable Path baseline,
    @Nullable String color,
    @Nullable Boolean quiet,
    @Nullable Boolean statistics,
    @Nullable Integer jobs,
    Map<String, RuleConfig> rules,
    @Nullable Boolean model) {

  /** Nothing set. */
  public static final ConfigValues EMPTY =
      new ConfigValues(
          List.of(), false, null, null, Map.of(), null, null, null, null, List.of(), null, null,
          null, null, null, Map.of(), null);

  public ConfigValues {
    sources = List.copyOf(sources);
    reports = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    select = select == null ? null : List.copyOf(select);
    ignore = List.copyOf(ignore);
    rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
  }

  /**
   * These values over {@code farther}: a value set here wins; rule settings merge per rule and
   * option; reports merge per format; ignore lists add up, except that ids this layer selects are
   * no longer ignored.
   */
  public ConfigValues over(ConfigValues farther) {
    List<Path> allSources = new ArrayList<>(sources);
    for (Path p : farther.sources) {
      if (!allSources.contains(p)) {
        allSources.add(p);
      }
    }
    Map<String, Path> allReports = new LinkedHashMap<>(farther.reports);
    allReports.putAll(reports);
    Set<String> allIgnore = new LinkedHashSet<>(farther.ignore);
    if (select != null) {
      select.forEach(allIgnore::remove);
    }
    allIgnore.addAll(ignore);
    Map<String, RuleConfig> allRules = new TreeMap<>(farther.rules);
    rules.forEach((id, rule) -> allRules.merge(id, rule, (far, near) -> near.over(far)));
    return new ConfigValues(
        allSources,
        root || farther.root,
        pick(format, farther.format),
        pick(output, farther.output),
        allReports,
        pick(failOn, farther.failOn),
        pick(exitZero, farther.exitZero),
        pick(server, farther.server),
        pick(select, farther.select),
        List.copyOf(allIgnore),
        pick(baseline, farther.baseline),
        pick(color, farther.color),
        pick(quiet, farther.quiet),
        pick(statistics, farther.statistics),
        pick(jobs, farther.jobs),
        allRules,
        pick(model, farther.model));
  }

  private static <T> @Nullable T pick(@Nullable T near, @Nullable T far) {
    return near != null ? near : far;
  }
}
