package io.github.sievelint.cli;

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
import java.io.PrintWriter;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One run of {@code sievelint check} once its options are known: read, lint, filter, report. */
final class CheckRun {

  /** One script to lint: its folder, where its configuration is looked up, and its text. */
  private record Input(Path folder, SourceFile source) {
    String display() {
      return source.path();
    }
  }

  private final Environment env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final RuleRegistry registry;
  private final Layers layers;
  private final RunOptions options;
  private final boolean updateBaseline;
  private boolean ioError;

  CheckRun(
      Environment env,
      PrintWriter out,
      PrintWriter err,
      RuleRegistry registry,
      Layers layers,
      RunOptions options,
      boolean updateBaseline) {
    this.env = env;
    this.out = out;
    this.err = err;
    this.registry = registry;
    this.layers = layers;
    this.options = options;
    this.updateBaseline = updateBaseline;
  }

  /** Lints {@code given} (or standard input, named {@code stdinName}) and returns the exit code. */
  int run(List<Path> given, @Nullable String stdinName) throws IOException, ConfigException {
    if (stdinName != null) {
      return lintAndReport(List.of(readStdin(stdinName)), List.of(), null);
    }
    return lintAndReport(readFiles(find(given)), given, null);
  }

  /**
   * Hook mode: lints the scripts among the changed files {@code given}, runs the cross-account
   * rules over {@code repository}, and reports only the findings that touch a changed file.
   */
  int runChanged(List<Path> given, Path repository) throws IOException, ConfigException {
    List<Path> files = find(given);
    Set<String> shown = new TreeSet<>();
    for (Path file : files) {
      shown.add(CheckCommand.displayPath(env.cwd(), file));
    }
    // A changed manifest or alias file is not a script; it still counts for what a finding touches.
    List<Path> scripts = files.stream().filter(ChangedFiles::isScript).toList();
    return lintAndReport(readFiles(scripts), List.of(repository), new ChangedFiles(shown));
  }

  /**
   * Lints {@code inputs} file by file and the folders among {@code repositories} as mail systems,
   * keeps what touches the {@code changed} files in hook mode, and reports.
   */
  private int lintAndReport(
      List<Input> inputs, List<Path> repositories, @Nullable ChangedFiles changed)
      throws IOException, ConfigException {
    List<Linter> linters = new ArrayList<>();
    Map<LintSettings, Linter> bySettings = new HashMap<>();
    for (Input input : inputs) {
      LintSettings settings = Settings.of(layers.forFolder(input.folder()));
      linters.add(bySettings.computeIfAbsent(settings, s -> new Linter(registry, s)));
    }
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    for (Input input : inputs) {
      sources.put(input.display(), input.source());
    }
    List<Diagnostic> found = lintAll(inputs, linters);
    int checked = sources.size();
    found.addAll(lintRepositories(repositories, sources));
    if (changed != null) {
      found = new ArrayList<>(changed.filter(found));
    }

    Function<String, Optional<SourceFile>> sourceOf = p -> Optional.ofNullable(sources.get(p));
    List<Diagnostic> shown = found;
    if (updateBaseline) {
      try {
        writeBaseline(found, sources, sourceOf);
      } catch (IOException e) {
        err.println("sievelint: cannot write the baseline: " + describe(e));
        return Main.EXIT_ERROR;
      }
      shown = List.of();
    } else if (options.baseline() != null) {
      Path file = options.baseline();
      if (!Files.isRegularFile(file)) {
        err.println(
            "sievelint: baseline "
                + CheckCommand.displayPath(env.cwd(), file)
                + " not found; create it with --update-baseline");
        return Main.EXIT_ERROR;
      }
      Baseline accepted;
      try {
        accepted = Baseline.read(file);
      } catch (IOException e) {
        err.println(
            "sievelint: " + CheckCommand.displayPath(env.cwd(), file) + ": " + e.getMessage());
        return Main.EXIT_ERROR;
      }
      Function<String, String> key = baselineKey(file);
      Set<String> linted = new TreeSet<>();
      sources.keySet().forEach(p -> linted.add(key.apply(p)));
      Baseline.Result result = accepted.filter(found, sourceOf, key, linted);
      shown = result.kept();
      if (!options.quiet()) {
        for (Baseline.Stale stale : result.stale()) {
          err.println(
              "sievelint: info: baseline entry no longer found: "
                  + stale.file()
                  + " "
                  + stale.rule()
                  + " ("
                  + stale.count()
                  + "); --update-baseline drops it");
        }
      }
    }

    Map<String, SourceFile> snippets = sources;
    if (changed != null) {
      // A kept finding may point into unchanged files (the other steps of a cycle): read them for
      // the snippets only, so that they do not count as linted for the baseline.
      snippets = new LinkedHashMap<>(sources);
      addSources(shown, snippets);
    }
    ReportInput report = new ReportInput(shown, snippets, registry, Version.get(), checked);
    try {
      writeReports(report);
    } catch (IOException e) {
      err.println("sievelint: cannot write the report: " + describe(e));
      return Main.EXIT_ERROR;
    }
    if (options.statistics()) {
      printStatistics(report.diagnostics());
    }
    if (ioError) {
      return Main.EXIT_ERROR;
    }
    return exitCode(report.diagnostics());
  }

  private Input readStdin(String name) throws IOException {
    byte[] bytes = env.stdin().readAllBytes();
    Path named = env.cwd().resolve(name.equals("-") ? "stdin" : name).normalize();
    Path folder = named.getParent() == null ? env.cwd() : named.getParent();
    String display = name.equals("-") ? "-" : CheckCommand.displayPath(env.cwd(), named);
    return new Input(folder, SourceFile.decode(display, bytes));
  }

  /** The files named in {@code given} and the scripts in its folders; reports what is missing. */
  private List<Path> find(List<Path> given) {
    ScriptFinder.Found found = new ScriptFinder().find(env.cwd(), given);
    for (String error : found.errors()) {
      err.println("sievelint: " + error);
      ioError = true;
    }
    return found.files();
  }

  private List<Input> readFiles(List<Path> files) {
    List<Input> inputs = new ArrayList<>();
    for (Path file : files) {
      Path absolute = env.cwd().resolve(file).normalize();
      String display = CheckCommand.displayPath(env.cwd(), absolute);
      try {
        long size = Files.size(absolute);
        if (size > CheckCommand.MAX_FILE_BYTES) {
          err.println(
              "sievelint: skipped "
                  + display
                  + ": "
                  + size
                  + " bytes is more than sievelint reads");
          ioError = true;
          continue;
        }
        Path parent = absolute.getParent();
        inputs.add(
            new Input(
                parent == null ? env.cwd() : parent,
                SourceFile.decode(display, Files.readAllBytes(absolute))));
      } catch (IOException | SecurityException e) {
        String message = e.getMessage();
        err.println(
            "sievelint: cannot read "
                + display
                + ": "
                + e.getClass().getSimpleName()
                + (message == null ? "" : ": " + message));
        ioError = true;
      }
    }
    return inputs;
  }

  /**
   * Folders that describe a mail system ({@code sievelint.yaml} or a known layout) also get the
   * cross-account analysis (MODEL.md); its model files join {@code sources} for the snippets.
   */
  private List<Diagnostic> lintRepositories(List<Path> given, Map<String, SourceFile> sources)
      throws ConfigException {
    List<Diagnostic> found = new ArrayList<>();
    for (Path root : given) {
      Path folder = env.cwd().resolve(root).normalize();
      if (!Files.isDirectory(folder)) {
        continue;
      }
      LintSettings settings = Settings.of(layers.forFolder(folder));
      RepositoryLinter.Result result =
          new RepositoryLinter(registry, settings)
              .lint(folder, f -> CheckCommand.displayPath(env.cwd(), f));
      if (result.model().isEmpty()) {
        // Silent: `sievelint graph` on such a folder says how to enable the model.
        continue;
      }
      result.problems().forEach(problem -> err.println("sievelint: " + problem));
      ioError |= !result.problems().isEmpty();
      found.addAll(result.diagnostics());
      result.sources().forEach(sources::putIfAbsent);
    }
    return found;
  }

  /** Adds the files that {@code diagnostics} point into and {@code sources} lacks, if readable. */
  private void addSources(List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
    Set<String> wanted = new TreeSet<>();
    for (Diagnostic d : diagnostics) {
      wanted.add(d.path());
      d.related().forEach(r -> wanted.add(r.path()));
    }
    for (String path : wanted) {
      Path file = env.cwd().resolve(path).normalize();
      if (sources.containsKey(path) || !Files.isRegularFile(file)) {
        continue;
      }
      try {
        if (Files.size(file) <= CheckCommand.MAX_FILE_BYTES) {
          sources.put(path, SourceFile.decode(path, Files.readAllBytes(file)));
        }
      } catch (IOException | SecurityException e) {
        // Without its source a location is still reported, only without the snippet.
      }
    }
  }

  /** Lints every input, in parallel when asked; the result does not depend on the threads. */
  private List<Diagnostic> lintAll(List<Input> inputs, List<Linter> linters) throws IOException {
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
      throw new IOException("interrupted while linting", e);
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

  /** Paths in a baseline are relative to the baseline's folder, so any working directory works. */
  private Function<String, String> baselineKey(Path baselineFile) {
    Path folder = baselineFile.toAbsolutePath().normalize().getParent();
    return display -> {
      Path absolute = env.cwd().resolve(display).normalize();
      Path shown =
          folder != null && absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
      return shown.toString().replace('\\', '/');
    };
  }

  private void writeBaseline(
      List<Diagnostic> found,
      Map<String, SourceFile> sources,
      Function<String, Optional<SourceFile>> sourceOf)
      throws IOException {
    Path file = options.baseline();
    if (file == null) {
      file = env.cwd().resolve(Baseline.FILE_NAME);
    }
    Function<String, String> key = baselineKey(file);
    Baseline fresh = Baseline.of(found, sourceOf, key);
    Set<String> linted = new TreeSet<>();
    sources.keySet().forEach(p -> linted.add(key.apply(p)));
    if (Files.isRegularFile(file)) {
      try {
        fresh = Baseline.read(file).replacing(fresh, linted);
      } catch (IOException e) {
        // An unreadable old baseline is replaced as a whole.
        err.println("sievelint: replacing unreadable baseline: " + e.getMessage());
      }
    }
    fresh.write(file);
    if (!options.quiet()) {
      err.println(
          "sievelint: wrote "
              + fresh.size()
              + " accepted findings to "
              + CheckCommand.displayPath(env.cwd(), file));
    }
  }

  private void writeReports(ReportInput report) throws IOException {
    Path output = options.output();
    boolean color =
        Terminal.colorWanted(options.color(), env.variables(), env.terminal() && output == null);
    ReportWriter main = writer(options.format(), color);
    if (output == null) {
      main.write(report, out);
      out.flush();
    } else {
      writeFile(main, report, output);
    }
    for (Map.Entry<String, Path> extra : options.reports().entrySet()) {
      writeFile(writer(extra.getKey(), false), report, extra.getValue());
    }
  }

  private ReportWriter writer(String format, boolean color) {
    if (format.equals("text")) {
      return new TextWriter(color, !options.quiet());
    }
    return Formats.writer(format, color, env.cwd())
        .orElseThrow(() -> new IllegalStateException("format was checked: " + format));
  }

  private void writeFile(ReportWriter writer, ReportInput report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.write(report, w);
    } catch (IOException e) {
      throw new IOException(CheckCommand.displayPath(env.cwd(), file) + ": " + describe(e), e);
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
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
    if (options.exitZero() || options.failOn().equals("never")) {
      return 0;
    }
    Severity threshold = Severity.parse(options.failOn()).orElse(Severity.WARNING);
    return shown.stream().anyMatch(d -> d.severity().atLeast(threshold)) ? 1 : 0;
  }
}
