package io.github.sievelint.cli;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.run.CheckException;
import io.github.sievelint.run.CheckRun;
import io.github.sievelint.run.DisplayPaths;
import io.github.sievelint.run.EarlyStart;
import io.github.sievelint.run.Linted;
import io.github.sievelint.run.RunOptions;
import io.github.sievelint.run.ScriptFinder;
import io.github.sievelint.run.Shown;
import io.github.sievelint.run.UpdatedBaseline;
import io.github.sievelint.source.FileErrors;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
  private final boolean debug;
  private final boolean allowEmpty;

  CheckConsole(
      Environment env,
      PrintWriter out,
      PrintWriter err,
      CheckRun run,
      boolean updateBaseline,
      boolean debug,
      boolean allowEmpty) {
    this.debug = debug;
    this.allowEmpty = allowEmpty;
    this.env = env;
    this.out = out;
    this.err = err;
    this.run = run;
    this.options = run.options();
    this.updateBaseline = updateBaseline;
  }

  /** Lints {@code given} (or standard input, named {@code stdinName}) and returns the exit code. */
  int run(List<Path> given, @Nullable String stdinName, @Nullable EarlyStart early)
      throws IOException, ConfigException {
    Linted linted =
        stdinName != null
            ? run.lintSource(stdinName, env.stdin().readAllBytes())
            : run.lintFiles(given, ScriptFinder.Selection.DEFAULT, early);
    if (stdinName == null
        && !allowEmpty
        && linted.filesChecked() == 0
        && linted.errors().isEmpty()
        && linted.diagnostics().isEmpty()
        && linted.failures().isEmpty()) {
      // A mistyped folder must not pass CI green with "no problems in 0 files checked".
      err.println(
          "sievelint: no scripts found under "
              + String.join(", ", given.stream().map(Path::toString).sorted().toList())
              + " (--allow-empty accepts that)");
      err.flush();
      return Main.EXIT_ERROR;
    }
    return report(linted, null);
  }

  /**
   * Hook mode: lints the scripts among the changed files {@code given}, runs the cross-account
   * rules over {@code repository} (null: the mail systems found above the changed files), and
   * reports only the findings that touch a changed file.
   */
  int runChanged(List<Path> given, @Nullable Path repository) throws IOException, ConfigException {
    ScriptFinder.Found found = new ScriptFinder().find(env.cwd(), given);
    Set<String> shown = new TreeSet<>();
    for (Path file : found.files()) {
      shown.add(DisplayPaths.of(env.cwd(), file));
    }
    ChangedFiles changed = new ChangedFiles(shown);
    // A changed manifest or alias file is not a script; it still counts for what a finding touches.
    List<Path> scripts = found.files().stream().filter(ChangedFiles::isScript).toList();
    Linted all = run.lintScripts(scripts, repository, found.files());
    List<String> errors = new ArrayList<>(found.errors());
    errors.addAll(all.errors());
    Linted linted =
        new Linted(
            changed.filter(all.diagnostics()),
            all.sources(),
            all.filesChecked(),
            errors,
            all.failures(),
            all.notes(),
            all.snippets());
    return report(linted, changed);
  }

  /**
   * Applies or updates the baseline, keeps what touches the {@code changed} files in hook mode,
   * writes the reports and returns the exit code.
   */
  private int report(Linted linted, @Nullable ChangedFiles changed) {
    for (String error : linted.errors()) {
      err.println("sievelint: " + error);
    }
    if (!options.quiet()) {
      linted.notes().forEach(note -> err.println("sievelint: info: " + note));
    }
    if (!linted.errors().isEmpty()
        && linted.filesChecked() == 0
        && linted.diagnostics().isEmpty()
        && changed == null) {
      // Nothing was checked: a report saying "no problems" would contradict the error above.
      err.flush();
      return Main.EXIT_ERROR;
    }
    ReportInput report;
    try {
      if (updateBaseline) {
        UpdatedBaseline updated = run.updateBaseline(linted);
        updated.notes().forEach(note -> err.println("sievelint: " + note));
        if (!options.quiet()) {
          err.println(
              "sievelint: wrote "
                  + updated.accepted()
                  + " accepted findings to "
                  + DisplayPaths.of(env.cwd(), updated.file())
                  + " ("
                  + linted.filesChecked()
                  + (linted.filesChecked() == 1 ? " file" : " files")
                  + " checked)");
        }
        // No report: one that lists nothing would say "no problems" about what was just accepted.
        err.flush();
        if (!linted.errors().isEmpty() || !linted.failures().isEmpty()) {
          printFailures(linted);
          return Main.EXIT_ERROR;
        }
        return 0;
      } else {
        Shown shown = run.applyBaseline(linted);
        if (!options.quiet()) {
          shown.notes().forEach(note -> err.println("sievelint: info: " + note));
        }
        report = shown.report();
      }
      if (changed != null) {
        report = withSnippets(report);
      }
      writeReports(report);
    } catch (CheckException e) {
      err.println("sievelint: " + e.getMessage());
      return Main.EXIT_ERROR;
    }
    if (options.statistics()) {
      printStatistics(report.diagnostics());
    }
    // Only now, with every report written: the tool failed on part of the input.
    printFailures(linted);
    if (!linted.errors().isEmpty() || !linted.failures().isEmpty()) {
      return Main.EXIT_ERROR;
    }
    return exitCode(report.diagnostics());
  }

  private void printFailures(Linted linted) {
    for (Failures.Failure failure : linted.failures()) {
      err.println("sievelint: " + failure.line());
      if (debug) {
        failure.error().printStackTrace(err);
      }
    }
    err.flush();
  }

  /**
   * A kept finding may point into unchanged files (the other steps of a cycle): they are read for
   * the snippets only, so that they do not count as linted for the baseline.
   */
  private ReportInput withSnippets(ReportInput report) {
    Set<String> wanted = new TreeSet<>();
    for (Diagnostic d : report.diagnostics()) {
      wanted.add(d.path());
      d.related().forEach(r -> wanted.add(r.path()));
    }
    Map<String, SourceText> sources = new LinkedHashMap<>(report.sources());
    for (String path : wanted) {
      Path file = env.cwd().resolve(path).normalize();
      if (sources.containsKey(path) || !Files.isRegularFile(file)) {
        continue;
      }
      try {
        if (Files.size(file) <= SourceFile.MAX_FILE_BYTES) {
          sources.put(path, SourceFile.decode(path, Files.readAllBytes(file)));
        }
      } catch (IOException | SecurityException e) {
        // Without its source a location is still reported, only without the snippet.
      }
    }
    return new ReportInput(
        report.diagnostics(),
        sources,
        report.registry(),
        report.toolVersion(),
        report.filesChecked());
  }

  private void writeReports(ReportInput report) throws CheckException {
    Path output = options.output();
    boolean color =
        Terminal.colorWanted(options.color(), env.variables(), env.terminal() && output == null);
    ReportWriter main = run.writer(options.format(), color);
    if (output == null) {
      try {
        run.write(main, report, out);
      } catch (IOException e) {
        throw new CheckException("cannot write the report: " + FileErrors.describe(e), e);
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
