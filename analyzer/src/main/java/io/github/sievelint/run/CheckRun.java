package io.github.sievelint.run;

import io.github.sievelint.baseline.Baseline;
import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.Settings;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.Formats;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.report.TextWriter;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One lint run once its options are known: find and read the scripts, resolve each folder's
 * configuration, lint, apply the baseline, write report files. The command line and the Maven
 * plugin both drive a run through this class, so what they lint and report cannot drift apart; each
 * only presents the outcome its own way (standard output and an exit code, or the build log and a
 * build failure).
 */
public final class CheckRun {

  /** Largest file read; bigger files are reported without being read whole. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /**
   * What linting gave.
   *
   * @param diagnostics every finding, before the baseline
   * @param sources the linted scripts by display path, for report snippets
   * @param filesChecked how many scripts were linted
   * @param errors problems that did not stop the run but make it fail: a missing path, an
   *     unreadable file
   */
  public record Linted(
      List<Diagnostic> diagnostics,
      Map<String, SourceFile> sources,
      int filesChecked,
      List<String> errors) {

    public Linted {
      diagnostics = List.copyOf(diagnostics);
      sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
      errors = List.copyOf(errors);
    }
  }

  /**
   * What is left to report once the baseline hid what it accepts.
   *
   * @param report the findings to report, with everything a report writer needs
   * @param notes information for the user, e.g. stale baseline entries
   */
  public record Shown(ReportInput report, List<String> notes) {

    public Shown {
      notes = List.copyOf(notes);
    }
  }

  /**
   * A written baseline.
   *
   * @param file where it was written
   * @param accepted how many findings it accepts
   * @param notes information for the user, e.g. that an unreadable old baseline was replaced
   */
  public record Updated(Path file, int accepted, List<String> notes) {

    public Updated {
      notes = List.copyOf(notes);
    }
  }

  /** One script to lint: its folder, where its configuration is looked up, and its text. */
  private record Input(Path folder, SourceFile source) {}

  private final Path base;
  private final RuleRegistry registry;
  private final Layers layers;
  private final RunOptions options;
  private final String toolVersion;

  /**
   * A run whose reports show paths relative to {@code base} (the working directory, or the Maven
   * project's folder), configured by {@code layers} and {@code options}.
   */
  public CheckRun(
      Path base, RuleRegistry registry, Layers layers, RunOptions options, String toolVersion) {
    this.base = base.toAbsolutePath().normalize();
    this.registry = registry;
    this.layers = layers;
    this.options = options;
    this.toolVersion = toolVersion;
  }

  public RunOptions options() {
    return options;
  }

  /** Lints the scripts {@code selection} keeps under {@code given} (files and folders). */
  public Linted lintFiles(List<Path> given, ScriptFinder.Selection selection)
      throws ConfigException {
    List<String> errors = new ArrayList<>();
    return lintWithRepositories(readFiles(given, selection, errors), given, errors);
  }

  /**
   * Hook mode ({@code check --changed}): lints the script files {@code scripts} as they are, and
   * runs the cross-account analysis over the whole {@code repository}, so that a changed script is
   * judged within the mail system it belongs to. Which findings concern the change is the caller's
   * choice.
   */
  public Linted lintScripts(List<Path> scripts, Path repository) throws ConfigException {
    List<String> errors = new ArrayList<>();
    return lintWithRepositories(
        readFiles(scripts, ScriptFinder.Selection.DEFAULT, errors), List.of(repository), errors);
  }

  private Linted lintWithRepositories(
      List<Input> inputs, List<Path> repositories, List<String> errors) throws ConfigException {
    Linted files = lint(inputs, errors);
    List<Diagnostic> found = new ArrayList<>(files.diagnostics());
    Map<String, SourceFile> sources = new LinkedHashMap<>(files.sources());
    lintRepositories(repositories, found, sources, errors);
    return new Linted(found, sources, files.filesChecked(), errors);
  }

  /**
   * Folders that describe a mail system ({@code sievelint.yaml} or a known layout) also get the
   * cross-account analysis (MODEL.md); its model files join {@code sources} for the snippets, and
   * problems of the model (a script it names is missing, a bad alias file) count as errors.
   */
  private void lintRepositories(
      List<Path> given,
      List<Diagnostic> found,
      Map<String, SourceFile> sources,
      List<String> errors)
      throws ConfigException {
    for (Path root : given) {
      Path folder = base.resolve(root).normalize();
      if (!Files.isDirectory(folder)) {
        continue;
      }
      LintSettings settings = Settings.of(layers.forFolder(folder));
      RepositoryLinter.Result result =
          new RepositoryLinter(registry, settings).lint(folder, f -> displayPath(base, f));
      if (result.model().isEmpty()) {
        // Silent: `sievelint graph` on such a folder says how to enable the model.
        continue;
      }
      errors.addAll(result.problems());
      // The guard rules judged the account scripts on their effective scripts: those findings
      // replace the per-file ones, which are already in the list.
      found.removeIf(result::supersedes);
      found.addAll(result.diagnostics());
      result.sources().forEach(sources::putIfAbsent);
    }
  }

  /**
   * Lints one script read from elsewhere (standard input); {@code name} is the path it is reported
   * under and whose folder's configuration applies, {@code -} for none.
   */
  public Linted lintSource(String name, byte[] bytes) throws ConfigException {
    Path named = base.resolve(name.equals("-") ? "stdin" : name).normalize();
    Path folder = named.getParent() == null ? base : named.getParent();
    String display = name.equals("-") ? "-" : displayPath(base, named);
    return lint(List.of(new Input(folder, SourceFile.decode(display, bytes))), new ArrayList<>());
  }

  private Linted lint(List<Input> inputs, List<String> errors) throws ConfigException {
    List<Linter> linters = new ArrayList<>();
    Map<LintSettings, Linter> bySettings = new HashMap<>();
    for (Input input : inputs) {
      LintSettings settings = Settings.of(layers.forFolder(input.folder()));
      linters.add(bySettings.computeIfAbsent(settings, s -> new Linter(registry, s)));
    }
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    for (Input input : inputs) {
      sources.put(input.source().path(), input.source());
    }
    List<Diagnostic> found = lintAll(inputs, linters);
    return new Linted(found, sources, inputs.size(), errors);
  }

  private List<Input> readFiles(
      List<Path> given, ScriptFinder.Selection selection, List<String> errors) {
    ScriptFinder.Found found = new ScriptFinder().find(base, given, selection);
    errors.addAll(found.errors());
    List<Input> inputs = new ArrayList<>();
    for (Path file : found.files()) {
      Path absolute = base.resolve(file).normalize();
      String display = displayPath(base, absolute);
      try {
        long size = Files.size(absolute);
        if (size > MAX_FILE_BYTES) {
          errors.add("skipped " + display + ": " + size + " bytes is more than sievelint reads");
          continue;
        }
        Path parent = absolute.getParent();
        inputs.add(
            new Input(
                parent == null ? base : parent,
                SourceFile.decode(display, Files.readAllBytes(absolute))));
      } catch (IOException | SecurityException e) {
        String message = e.getMessage();
        errors.add(
            "cannot read "
                + display
                + ": "
                + e.getClass().getSimpleName()
                + (message == null ? "" : ": " + message));
      }
    }
    return inputs;
  }

  /** Lints every input, in parallel when asked; the result does not depend on the threads. */
  private List<Diagnostic> lintAll(List<Input> inputs, List<Linter> linters) {
    List<Diagnostic> found = new ArrayList<>();
    if (options.jobs() <= 1 || inputs.size() <= 1) {
      for (int i = 0; i < inputs.size(); i++) {
        found.addAll(linters.get(i).lint(inputs.get(i).source()));
      }
      return found;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(options.jobs(), inputs.size()),
            r -> {
              Thread t = new Thread(r, "sievelint-lint");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<Diagnostic>>> futures = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        Linter linter = linters.get(i);
        SourceFile source = inputs.get(i).source();
        futures.add(pool.submit(() -> linter.lint(source)));
      }
      for (Future<List<Diagnostic>> future : futures) {
        found.addAll(future.get());
      }
      return found;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while linting", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The findings to report: all of them, or, when the options name a baseline, those it does not
   * accept, with a note for every stale entry.
   *
   * @throws CheckException when the baseline is missing or unreadable
   */
  public Shown applyBaseline(Linted linted) throws CheckException {
    Path file = options.baseline();
    if (file == null) {
      return new Shown(report(linted.diagnostics(), linted), List.of());
    }
    if (!Files.isRegularFile(file)) {
      throw new CheckException(
          "baseline "
              + displayPath(base, file)
              + " not found; create it with sievelint check --update-baseline");
    }
    Baseline accepted;
    try {
      accepted = Baseline.read(file);
    } catch (IOException e) {
      throw new CheckException(displayPath(base, file) + ": " + e.getMessage(), e);
    }
    Function<String, String> key = baselineKey(file);
    Baseline.Result result =
        accepted.filter(linted.diagnostics(), sourceOf(linted), key, linted(linted, key));
    List<String> notes = new ArrayList<>();
    for (Baseline.Stale stale : result.stale()) {
      notes.add(
          "baseline entry no longer found: "
              + stale.file()
              + " "
              + stale.rule()
              + " ("
              + stale.count()
              + "); --update-baseline drops it");
    }
    return new Shown(report(result.kept(), linted), notes);
  }

  /**
   * Records every finding in the baseline the options name (default {@code
   * .sievelint-baseline.json} in the base folder), keeping the entries of files not linted now.
   *
   * @throws CheckException when the file cannot be written
   */
  public Updated updateBaseline(Linted linted) throws CheckException {
    List<String> notes = new ArrayList<>();
    Path file = options.baseline();
    if (file == null) {
      file = base.resolve(Baseline.FILE_NAME);
    }
    Function<String, String> key = baselineKey(file);
    Baseline fresh = Baseline.of(linted.diagnostics(), sourceOf(linted), key);
    if (Files.isRegularFile(file)) {
      try {
        fresh = Baseline.read(file).replacing(fresh, linted(linted, key));
      } catch (IOException e) {
        // An unreadable old baseline is replaced as a whole.
        notes.add("replacing unreadable baseline: " + e.getMessage());
      }
    }
    try {
      fresh.write(file);
    } catch (IOException e) {
      throw new CheckException("cannot write the baseline: " + describe(e), e);
    }
    return new Updated(file, fresh.size(), notes);
  }

  /** The report of {@code shown}, the findings left to show from {@code linted}. */
  public ReportInput report(List<Diagnostic> shown, Linted linted) {
    return new ReportInput(shown, linted.sources(), registry, toolVersion, linted.filesChecked());
  }

  /** The writer of {@code format}; {@code color} only matters for text. */
  public ReportWriter writer(String format, boolean color) {
    if (format.equals("text")) {
      return new TextWriter(color, !options.quiet());
    }
    return Formats.writer(format, color, base)
        .orElseThrow(() -> new IllegalArgumentException("unknown report format: " + format));
  }

  /** Writes every report the options name (format to file), without colour. */
  public void writeReports(ReportInput report) throws CheckException {
    for (Map.Entry<String, Path> extra : options.reports().entrySet()) {
      writeReport(writer(extra.getKey(), false), report, extra.getValue());
    }
  }

  /** Writes one report to {@code file}, creating its folder. */
  public void writeReport(ReportWriter writer, ReportInput report, Path file)
      throws CheckException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writer.write(report, w);
      }
    } catch (IOException e) {
      throw new CheckException(
          "cannot write the report: " + displayPath(base, file) + ": " + describe(e), e);
    }
  }

  /** How many of {@code diagnostics} are at least as severe as {@code threshold}. */
  public static int countAtLeast(List<Diagnostic> diagnostics, Severity threshold) {
    return (int) diagnostics.stream().filter(d -> d.severity().atLeast(threshold)).count();
  }

  /** Paths inside {@code base} are shown relative to it, others absolute; '/' always. */
  public static String displayPath(Path base, Path file) {
    Path absolute = base.resolve(file).toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  private static Function<String, Optional<SourceFile>> sourceOf(Linted linted) {
    return p -> Optional.ofNullable(linted.sources().get(p));
  }

  private static Set<String> linted(Linted linted, Function<String, String> key) {
    Set<String> files = new TreeSet<>();
    linted.sources().keySet().forEach(p -> files.add(key.apply(p)));
    return files;
  }

  /** Paths in a baseline are relative to the baseline's folder, so any working directory works. */
  private Function<String, String> baselineKey(Path baselineFile) {
    Path folder = baselineFile.toAbsolutePath().normalize().getParent();
    return display -> {
      Path absolute = base.resolve(display).normalize();
      Path shown =
          folder != null && absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
      return shown.toString().replace('\\', '/');
    };
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
