package io.github.sievelint.run;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.Settings;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One lint run once its options are known: find and read the scripts, resolve each folder's
 * configuration, lint, apply the baseline, write report files. The command line and the Maven
 * plugin both drive a run through this class, so what they lint and report cannot drift apart; each
 * only presents the outcome its own way (standard output and an exit code, or the build log and a
 * build failure).
 *
 * <p>Linting goes in four steps: the configuration of each input's folder is resolved; the
 * repository pass ({@link RepositoryPass}) lints every given folder that describes a mail system,
 * and the mail system found above every other path ({@link ModelRoots}), linting on its own each
 * file it reads ({@link PerFileResults}); the per-file pass lints the files left, in parallel; and
 * the findings of both are merged, those of a mail system found above kept only where they touch a
 * checked file. The baseline ({@link BaselineStep}) and the report files ({@link ReportFiles}) come
 * after.
 */
public final class CheckRun {

  /** Nothing discovered: every given folder is linted whole, and no note is due. */
  private static final ModelRoots.Plan NO_PLAN = new ModelRoots.Plan(List.of(), List.of());

  private final Path base;
  private final RuleRegistry registry;
  private final Layers layers;
  private final RunOptions options;
  private final String toolVersion;
  private final BaselineStep baseline;
  private final ReportFiles reports;

  /** Texts to lint in place of what the files hold (absolute, normalized paths): a fix's passes. */
  private final Map<Path, String> texts;

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
    this.baseline = new BaselineStep(this.base, options.baseline());
    this.reports = new ReportFiles(this.base, options);
    this.texts = Map.of();
  }

  private CheckRun(CheckRun run, Map<Path, String> texts) {
    this.base = run.base;
    this.registry = run.registry;
    this.layers = run.layers;
    this.options = run.options;
    this.toolVersion = run.toolVersion;
    this.baseline = run.baseline;
    this.reports = run.reports;
    this.texts = Map.copyOf(texts);
  }

  /**
   * The same run linting {@code changed} (absolute paths to texts) in place of those files'
   * contents on disk, which stay as they are: how a fix pass is checked before anything is written.
   */
  public CheckRun withTexts(Map<Path, String> changed) {
    return new CheckRun(this, changed);
  }

  /** The folder reports show paths relative to. */
  public Path base() {
    return base;
  }

  public RunOptions options() {
    return options;
  }

  /** Lints the scripts {@code selection} keeps under {@code given} (files and folders). */
  public Linted lintFiles(List<Path> given, ScriptFinder.Selection selection)
      throws ConfigException {
    return lintFiles(given, selection, null);
  }

  /**
   * Like {@link #lintFiles(List, ScriptFinder.Selection)}, taking the scripts found and the models
   * loaded by {@code early} when it started the same {@code given} and selection. A path that is
   * not a mail system's folder is checked within the mail system found above it ({@link
   * ModelRoots}): its findings are those a run of that whole folder reports for its files.
   */
  public Linted lintFiles(
      List<Path> given, ScriptFinder.Selection selection, @Nullable EarlyStart early)
      throws ConfigException {
    if (early != null && !early.startOf(given, selection)) {
      early.models().close();
      early = null;
    }
    Models models = early == null ? Models.none() : early.models();
    try {
      ModelRoots.Plan plan = NO_PLAN;
      if (!options.model()) {
        models.close();
        models = Models.none();
      } else {
        if (early == null) {
          models = Models.preload(base, given, layers.manifests());
        }
        plan = new ModelRoots(base, layers).plan(given);
        models = models.plus(plan.discovered(), layers.manifests());
      }
      ScriptFinder.Found found =
          early == null ? new ScriptFinder().find(base, given, selection) : early.found();
      return lint(Input.of(base, found, texts), models, found.errors(), plan);
    } finally {
      models.close();
    }
  }

  /**
   * Hook mode ({@code check --changed}): lints the script files {@code scripts} as they are, and
   * runs the cross-account analysis over the whole {@code repository}, or, when it is null, over
   * the mail systems found above the {@code changed} files (scripts or not), so that a changed
   * script is judged within the mail system it belongs to. Which findings concern the change is the
   * caller's choice.
   */
  public Linted lintScripts(List<Path> scripts, @Nullable Path repository, List<Path> changed)
      throws ConfigException {
    Models models = Models.none();
    try {
      ModelRoots.Plan plan = NO_PLAN;
      if (options.model() && repository != null) {
        models = Models.preload(base, List.of(repository), layers.manifests());
      } else if (options.model()) {
        ModelRoots.Plan found = new ModelRoots(base, layers).plan(changed);
        // The caller keeps what touches the changed files: the roots are linted whole here.
        models = Models.none().plus(found.discovered(), layers.manifests());
        plan = new ModelRoots.Plan(List.of(), found.without());
      }
      ScriptFinder.Found found =
          new ScriptFinder().find(base, scripts, ScriptFinder.Selection.DEFAULT);
      return lint(Input.of(base, found, texts), models, found.errors(), plan);
    } finally {
      models.close();
    }
  }

  /**
   * Lints one script read from elsewhere (standard input); {@code name} is the path it is reported
   * under and whose folder's configuration applies, {@code -} for none. A named script is judged
   * within the mail system above that path, with this text in place of the file's.
   */
  public Linted lintSource(String name, byte[] bytes) throws ConfigException {
    Path named = base.resolve(name.equals("-") ? "stdin" : name).normalize();
    Path folder = named.getParent() == null ? base : named.getParent();
    String display = name.equals("-") ? "-" : DisplayPaths.of(base, named);
    if (name.equals("-") || !options.model()) {
      Input input = Input.read(folder, null, SourceFile.decode(display, bytes));
      return lint(List.of(input), Models.none(), List.of(), NO_PLAN);
    }
    Input input = Input.read(folder, named, SourceFile.decode(display, bytes));
    Optional<Path> root =
        Files.isDirectory(folder)
            ? new ModelRoots(base, layers).rootOf(folder.toAbsolutePath().normalize())
            : Optional.empty();
    ModelRoots.Plan plan =
        new ModelRoots.Plan(
            root.map(List::of).orElse(List.of()), root.isPresent() ? List.of() : List.of(display));
    Models models = Models.none().plus(plan.discovered(), layers.manifests());
    try {
      return lint(List.of(input), models, List.of(), plan);
    } finally {
      models.close();
    }
  }

  /**
   * Lints {@code inputs}, and the folders of {@code models} as wholes; {@code errors} are the
   * problems met while finding the inputs. Each file is parsed once: the repository pass lints the
   * files it reads as it goes, and the per-file pass then takes the rest. Of the folders {@code
   * plan} discovered, only the findings that touch an input are kept.
   */
  private Linted lint(List<Input> inputs, Models models, List<String> errors, ModelRoots.Plan plan)
      throws ConfigException {
    Failures failures = new Failures();
    PerFileResults perFile = new PerFileResults(inputs, linters(inputs, failures));
    RepositoryPass.Outcome repositories =
        new RepositoryPass(base, registry, layers, options.jobs()).run(models, perFile, failures);
    perFile.repositoryDone();
    lintLeft(perFile);

    List<String> allErrors = new ArrayList<>(errors);
    Map<String, SourceText> sources = new LinkedHashMap<>();
    int read = 0;
    for (Input input : inputs) {
      ScriptText text = input.text();
      if (text instanceof ScriptText.Read script) {
        sources.put(script.source().path(), script.source());
        read++;
      } else if (text instanceof ScriptText.Kept kept) {
        sources.put(kept.lines().path(), kept.lines());
        read++;
      } else if (text instanceof ScriptText.Unreadable unreadable) {
        allErrors.add(unreadable.error());
      }
    }
    Set<Path> partial = Set.copyOf(plan.discovered());
    Set<String> checked = partial.isEmpty() ? Set.of() : checked(inputs);
    Map<String, SourceText> modelFiles = new HashMap<>();
    List<Diagnostic> found = perFile.diagnostics();
    for (RepositoryLinter.Result result : repositories.results()) {
      allErrors.addAll(result.problems());
      // The guard rules judged the account scripts on their effective scripts: those findings
      // replace the per-file ones, which are already in the list.
      found.removeIf(result::supersedes);
      if (result.model().map(m -> partial.contains(m.paths().root())).orElse(false)) {
        result.diagnostics().stream().filter(d -> touches(d, checked)).forEach(found::add);
        modelFiles.putAll(result.sources());
      } else {
        found.addAll(result.diagnostics());
        result.sources().forEach(sources::putIfAbsent);
      }
    }
    found.addAll(repositories.contained());
    return new Linted(
        found,
        sources,
        read,
        allErrors,
        failures.list(),
        plan.note().map(List::of).orElse(List.of()),
        partial.isEmpty() ? Map.of() : snippets(found, sources, modelFiles));
  }

  /** The inputs as reports show them. */
  private Set<String> checked(List<Input> inputs) {
    Set<String> out = new HashSet<>();
    for (Input input : inputs) {
      Path file = input.file();
      if (file != null) {
        out.add(DisplayPaths.of(base, file));
      }
    }
    return out;
  }

  /**
   * Whether {@code d} is located in one of {@code paths} or relates to one (as hook mode keeps).
   */
  private static boolean touches(Diagnostic d, Set<String> paths) {
    return paths.contains(d.path()) || d.related().stream().anyMatch(r -> paths.contains(r.path()));
  }

  /**
   * The files {@code found} points into that are not among {@code sources}: model files as the
   * repository pass read them, other scripts read again (a partial run reads only the checked files
   * itself).
   */
  private Map<String, SourceText> snippets(
      List<Diagnostic> found, Map<String, SourceText> sources, Map<String, SourceText> modelFiles) {
    Set<String> wanted = new TreeSet<>();
    for (Diagnostic d : found) {
      wanted.add(d.path());
      d.related().forEach(r -> wanted.add(r.path()));
    }
    Map<String, SourceText> out = new LinkedHashMap<>();
    for (String path : wanted) {
      if (sources.containsKey(path)) {
        continue;
      }
      SourceText known = modelFiles.get(path);
      if (known != null) {
        out.put(path, known);
        continue;
      }
      Path file = base.resolve(path).normalize();
      try {
        if (Files.isRegularFile(file) && Files.size(file) <= SourceFile.MAX_FILE_BYTES) {
          out.put(path, SourceFile.decode(path, Files.readAllBytes(file)));
        }
      } catch (IOException | SecurityException e) {
        // Without its source a location is still reported, only without the snippet.
      }
    }
    return out;
  }

  /** A linter for each input, configured for its folder (read here, before linting starts). */
  private List<Linter> linters(List<Input> inputs, Failures failures) throws ConfigException {
    // One linter per folder; not shared between folders of equal settings, because hashing the
    // settings (the server profile and its tables) costs more than a linter.
    List<Linter> linters = new ArrayList<>();
    Map<Path, Linter> byFolder = new HashMap<>();
    for (Input input : inputs) {
      Linter linter = byFolder.get(input.folder());
      if (linter == null) {
        linter = new Linter(registry, Settings.of(layers.forFolder(input.folder())), failures);
        byFolder.put(input.folder(), linter);
      }
      linters.add(linter);
    }
    return linters;
  }

  /** Lints the inputs the repository pass left, in parallel; the result does not depend on it. */
  private void lintLeft(PerFileResults perFile) {
    List<Integer> left = perFile.left();
    if (options.jobs() <= 1 || left.size() <= 1) {
      left.forEach(perFile::lint);
      return;
    }
    Pools.inPool(
        options.jobs(),
        () -> {
          left.parallelStream().forEach(perFile::lint);
          return null;
        });
  }

  /**
   * The findings to report: all of them, or, when the options name a baseline, those it does not
   * accept, with a note for every stale entry.
   *
   * @throws CheckException when the baseline is missing or unreadable
   */
  public Shown applyBaseline(Linted linted) throws CheckException {
    BaselineStep.Filtered filtered = baseline.filter(linted);
    return new Shown(report(filtered.kept(), linted), filtered.notes());
  }

  /**
   * Records every finding in the baseline the options name (default {@code
   * .sievelint-baseline.json} in the base folder), keeping the entries of files not linted now.
   *
   * @throws CheckException when the file cannot be written
   */
  public UpdatedBaseline updateBaseline(Linted linted) throws CheckException {
    return baseline.update(linted);
  }

  /** The report of {@code shown}, the findings left to show from {@code linted}. */
  public ReportInput report(List<Diagnostic> shown, Linted linted) {
    Map<String, SourceText> sources = linted.sources();
    if (!linted.snippets().isEmpty()) {
      sources = new LinkedHashMap<>(sources);
      linted.snippets().forEach(sources::putIfAbsent);
    }
    return new ReportInput(shown, sources, registry, toolVersion, linted.filesChecked());
  }

  /** The writer of {@code format}; {@code color} only matters for text. */
  public ReportWriter writer(String format, boolean color) {
    return reports.writer(format, color);
  }

  /**
   * Writes {@code report} with {@code writer} to {@code out}; a writer that formats in parallel
   * (text) does so on the {@code --jobs} threads.
   */
  public void write(ReportWriter writer, ReportInput report, Appendable out) throws IOException {
    reports.write(writer, report, out);
  }

  /** Writes every report the options name (format to file), without colour. */
  public void writeReports(ReportInput report) throws CheckException {
    reports.writeAll(report);
  }

  /** Writes one report to {@code file}, creating its folder. */
  public void writeReport(ReportWriter writer, ReportInput report, Path file)
      throws CheckException {
    reports.writeFile(writer, report, file);
  }

  /** How many of {@code diagnostics} are at least as severe as {@code threshold}. */
  public static int countAtLeast(List<Diagnostic> diagnostics, Severity threshold) {
    return (int) diagnostics.stream().filter(d -> d.severity().atLeast(threshold)).count();
  }
}
