package io.github.sievelint.cli;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.run.CheckException;
import io.github.sievelint.run.CheckRun;
import io.github.sievelint.run.RunOptions;
import io.github.sievelint.run.ScriptFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Drives a {@link CheckRun} the command line's way: the main report to standard output or {@code
 * --output}, notes and errors to standard error, statistics, and the exit code.
 */
final class CheckConsole {

  private final Environment env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final CheckRun run;
  private final RunOptions options;
  private final boolean updateBaseline;

  CheckConsole(
      Environment env, PrintWriter out, PrintWriter err, CheckRun run, boolean updateBaseline) {
    this.env = env;
    this.out = out;
    this.err = err;
    this.run = run;
    this.options = run.options();
    this.updateBaseline = updateBaseline;
  }

  /** Lints {@code given} (or standard input, named {@code stdinName}) and returns the exit code. */
  int run(List<Path> given, @Nullable String stdinName) throws IOException, ConfigException {
    CheckRun.Linted linted =
        stdinName != null
            ? run.lintSource(stdinName, env.stdin().readAllBytes())
            : run.lintFiles(given, ScriptFinder.Selection.DEFAULT);
    for (String error : linted.errors()) {
      err.println("sievelint: " + error);
    }
    ReportInput report;
    try {
      if (updateBaseline) {
        CheckRun.Updated updated = run.updateBaseline(linted);
        updated.notes().forEach(note -> err.println("sievelint: " + note));
        if (!options.quiet()) {
          err.println(
              "sievelint: wrote "
                  + updated.accepted()
                  + " accepted findings to "
                  + CheckRun.displayPath(env.cwd(), updated.file()));
        }
        report = run.report(List.of(), linted);
      } else {
        CheckRun.Shown shown = run.applyBaseline(linted);
        if (!options.quiet()) {
          shown.notes().forEach(note -> err.println("sievelint: info: " + note));
        }
        report = shown.report();
      }
      writeReports(report);
    } catch (CheckException e) {
      err.println("sievelint: " + e.getMessage());
      return Main.EXIT_ERROR;
    }
    if (options.statistics()) {
      printStatistics(report.diagnostics());
    }
    if (!linted.errors().isEmpty()) {
      return Main.EXIT_ERROR;
    }
    return exitCode(report.diagnostics());
  }

  private void writeReports(ReportInput report) throws CheckException {
    Path output = options.output();
    boolean color =
        Terminal.colorWanted(options.color(), env.variables(), env.terminal() && output == null);
    ReportWriter main = run.writer(options.format(), color);
    if (output == null) {
      try {
        main.write(report, out);
      } catch (IOException e) {
        throw new CheckException("cannot write the report: " + e.getMessage(), e);
      }
      out.flush();
    } else {
      run.writeReport(main, report, output);
    }
    run.writeReports(report);
  }

  /**
   * Counts per rule, most frequent first. They go to standard output after a human-readable report,
   * and to standard error when standard output carries a machine-readable one.
   */
  private void printStatistics(List<Diagnostic> diagnostics) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Severity> severity = new HashMap<>();
    for (Diagnostic d : diagnostics) {
      counts.merge(d.ruleId(), 1, Integer::sum);
      severity.merge(d.ruleId(), d.severity(), (a, b) -> a.atLeast(b) ? a : b);
    }
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    boolean machine =
        options.output() == null
            && !List.of("text", "concise", "github").contains(options.format());
    PrintWriter target = machine ? err : out;
    int width = rows.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
    for (Map.Entry<String, Integer> row : rows) {
      Severity s = severity.get(row.getKey());
      target.printf(
          "%5d  %-" + width + "s  %s%n", row.getValue(), row.getKey(), s == null ? "" : s.label());
    }
    if (rows.isEmpty()) {
      target.println("    0  (no findings)");
    }
    target.flush();
  }

  private int exitCode(List<Diagnostic> shown) {
    Optional<Severity> threshold = options.failThreshold();
    if (options.exitZero() || threshold.isEmpty()) {
      return 0;
    }
    return CheckRun.countAtLeast(shown, threshold.get()) > 0 ? 1 : 0;
  }
}
