package io.github.sievelint.cli;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.fix.Fixer;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.run.CheckException;
import io.github.sievelint.run.CheckRun;
import io.github.sievelint.run.DisplayPaths;
import io.github.sievelint.run.EarlyStart;
import io.github.sievelint.run.FixRun;
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
  private final @Nullable Fixing fixing;

  /**
   * Where the main report goes: standard output, or standard error when stdout has the fixed
   * script.
   */
  private PrintWriter reportOut;

  /** What {@code --fix}, {@code --unsafe-fixes} and {@code --diff} ask for. */
  record Fixing(Fix.Applicability level, boolean diffOnly) {}

  /** A configuration problem met while linting again for a fix pass. */
  private static final class Relint extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ConfigException config;

    Relint(ConfigException cause) {
      super(cause);
      this.config = cause;
    }

    ConfigException config() {
      return config;
    }
  }

  CheckConsole(
      Environment env,
      PrintWriter out,
      PrintWriter err,
      CheckRun run,
      boolean updateBaseline,
      boolean debug,
      boolean allowEmpty,
      @Nullable Fixing fixing) {
    this.debug = debug;
    this.fixing = fixing;
    this.reportOut = out;
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
    byte[] stdinBytes = stdinName != null ? env.stdin().readAllBytes() : new byte[0];
    Linted linted =
        stdinName != null
            ? run.lintSource(stdinName, stdinBytes)
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
    Fixing wanted = fixing;
    if (wanted != null && stdinName != null) {
      return fixStdin(linted, stdinName, stdinBytes, wanted);
    }
    if (wanted != null) {
      return fixFiles(
          linted,
          given,
          wanted,
          texts -> {
            try {
              return run.withTexts(texts).lintFiles(given, ScriptFinder.Selection.DEFAULT);
            } catch (ConfigException e) {
              throw new Relint(e);
            }
          },
          null);
    }
    return report(linted, null, 0);
  }

  /**
   * {@code --fix} or {@code --diff} on files: the passes, then the diff or the writes, then the
   * report of what remains. {@code relint} lints again with changed texts in place.
   */
  private int fixFiles(
      Linted first,
      List<Path> given,
      Fixing wanted,
      java.util.function.Function<Map<Path, String>, Linted> relint,
      @Nullable ChangedFiles changed)
      throws ConfigException {
    FixRun files = new FixRun(env.cwd(), given);
    Fixer.Result<Linted> result;
    try {
      result = files.fix(first, wanted.level(), relint);
    } catch (Relint e) {
      throw e.config();
    }
    Linted last = result.last();
    if (wanted.diffOnly()) {
      out.print(files.diff(result.texts()));
      out.flush();
      if (!options.quiet()) {
        err.println(
            "sievelint: "
                + (result.texts().isEmpty()
                    ? "nothing to fix"
                    : "would fix "
                        + result.fixed()
                        + (result.fixed() == 1 ? " finding" : " findings")
                        + " in "
                        + result.texts().size()
                        + (result.texts().size() == 1 ? " file" : " files")));
      }
      printFixFailures(result.failures());
      printFailures(last);
      if (!result.failures().isEmpty() || !last.failures().isEmpty()) {
        return Main.EXIT_ERROR;
      }
      return result.texts().isEmpty() ? 0 : 1;
    }
    try {
      files.write(result.texts());
    } catch (CheckException e) {
      err.println("sievelint: " + e.getMessage());
      err.flush();
      return Main.EXIT_ERROR;
    }
    int code = report(last, changed, result.fixed());
    printFixFailures(result.failures());
    return result.failures().isEmpty() ? code : Main.EXIT_ERROR;
  }

  /**
   * {@code --fix -}: the fixed script (or the script as it came, when nothing changed) to standard
   * output, the report of what remains to standard error; {@code --diff -}: the diff only.
   */
  private int fixStdin(Linted first, String stdinName, byte[] bytes, Fixing wanted)
      throws ConfigException {
    String display = first.sources().keySet().stream().findFirst().orElse(stdinName);
    SourceFile source = SourceFile.decode(display, bytes);
    Fixer<Linted> fixer =
        new Fixer<>(
            texts -> {
              String text = texts.get(display);
              try {
                return run.lintSource(
                    stdinName,
                    text == null ? bytes : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
              } catch (ConfigException e) {
                throw new Relint(e);
              }
            },
            Linted::diagnostics,
            path ->
                path.equals(display) && source.encodingProblems().isEmpty()
                    ? Optional.of(source.text())
                    : Optional.empty());
    Fixer.Result<Linted> result;
    try {
      result = fixer.run(first, wanted.level());
    } catch (Relint e) {
      throw e.config();
    }
    String fixed = result.texts().get(display);
    if (wanted.diffOnly()) {
      out.print(FixRun.diff(display, source.text(), fixed == null ? source.text() : fixed));
      out.flush();
      printFixFailures(result.failures());
      return !result.failures().isEmpty() ? Main.EXIT_ERROR : fixed == null ? 0 : 1;
    }
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb;
    out.print(
        fixed == null
            ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
            : (bom ? "\uFEFF" : "") + fixed);
    out.flush();
    reportOut = err;
    int code = report(result.last(), null, result.fixed());
    printFixFailures(result.failures());
    return result.failures().isEmpty() ? code : Main.EXIT_ERROR;
  }

  private void printFixFailures(List<Fixer.Failure> failures) {
    for (Fixer.Failure failure : failures) {
      err.println("sievelint: " + failure.line());
    }
    err.flush();
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
    Fixing wanted = fixing;
    if (wanted != null) {
      // Only the changed scripts may change, and only for what touches them.
      return fixFiles(
          linted,
          scripts,
          wanted,
          texts -> {
            try {
              Linted again = run.withTexts(texts).lintScripts(scripts, repository, found.files());
              return changedOnly(again, changed);
            } catch (ConfigException e) {
              throw new Relint(e);
            }
          },
          changed);
    }
    return report(linted, changed, 0);
  }

  /** {@code all} keeping only the findings that touch a changed file. */
  private static Linted changedOnly(Linted all, ChangedFiles changed) {
    return new Linted(
        changed.filter(all.diagnostics()),
        all.sources(),
        all.filesChecked(),
        all.errors(),
        all.failures(),
        all.notes(),
        all.snippets());
  }

  /**
   * Applies or updates the baseline, keeps what touches the {@code changed} files in hook mode,
   * writes the reports and returns the exit code.
   */
  private int report(Linted linted, @Nullable ChangedFiles changed, int fixed) {
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
        report = shown.report().withFixed(fixed);
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
        run.write(main, report, reportOut);
      } catch (IOException e) {
        throw new CheckException("cannot write the report: " + FileErrors.describe(e), e);
      }
      reportOut.flush();
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
