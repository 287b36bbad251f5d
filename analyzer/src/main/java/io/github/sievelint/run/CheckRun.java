package io.github.sievelint.run;

import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.baseline.Baseline;
import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.Settings;
import io.github.sievelint.graph.Analysis;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.lint.InternalError;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.model.ModelLoader;
import io.github.sievelint.report.Formats;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.report.TextWriter;
import io.github.sievelint.source.ManifestYaml;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
   * @param failures the internal errors contained (each also an {@code internal-error} finding
   *     among {@code diagnostics}): the run failed, but only the failed units are missing
   */
  public record Linted(
      List<Diagnostic> diagnostics,
      Map<String, SourceFile> sources,
      int filesChecked,
      List<String> errors,
      List<Failures.Failure> failures) {

    public Linted {
      diagnostics = List.copyOf(diagnostics);
      sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
      errors = List.copyOf(errors);
      failures = List.copyOf(failures);
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

  /**
   * One script to lint: its folder, where its configuration is looked up, the file it comes from
   * (null for standard input), and its text, read by whichever thread lints it first, so that
   * reading 100,000 files is shared by the pool and overlaps the rest instead of being a phase of
   * its own.
   */
  private static final class Input {
    private final Path folder;
    private final @Nullable Path file;
    private final Path base;

    /** The text ({@link SourceFile}) or why it cannot be read ({@link String}), once read. */
    private volatile @Nullable Object read;

    /** The file {@code file} (absolute, normalized), reported relative to {@code base}. */
    Input(Path base, Path file) {
      Path parent = file.getParent();
      this.folder = parent == null ? base : parent;
      this.file = file;
      this.base = base;
    }

    /** A script read from elsewhere, looked up as if in {@code folder}. */
    Input(Path folder, SourceFile source) {
      this.folder = folder;
      this.file = null;
      this.base = folder;
      this.read = source;
    }

    Path folder() {
      return folder;
    }

    @Nullable Path file() {
      return file;
    }

    /** The text, or null when it cannot be read ({@link #error()} says why). */
    @Nullable SourceFile source() {
      return read() instanceof SourceFile source ? source : null;
    }

    /** Why the file cannot be read, or null when it can. */
    @Nullable String error() {
      return read() instanceof String error ? error : null;
    }

    private Object read() {
      Object known = read;
      if (known == null) {
        // Two threads may both read a file; they get the same text.
        known = CheckRun.read(base, Objects.requireNonNull(file));
        read = known;
      }
      return known;
    }
  }

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
    return lintFiles(given, selection, null);
  }

  /**
   * Starts the work that does not depend on the configuration, so that the command line can do it
   * while the configuration is read (composing the manifest of a large mail system takes a second
   * or more): finding the scripts under {@code given} (default selection) on a thread of its own,
   * and loading the models of the folders among them on another. {@link #lintFiles(List,
   * ScriptFinder.Selection, Early)} takes the results.
   */
  public static Early startEarly(Path base, List<Path> given) {
    Path from = base.toAbsolutePath().normalize();
    ExecutorService finder = Executors.newSingleThreadExecutor(daemon("sievelint-find"));
    Models models = Models.preload(from, given);
    try {
      return new Early(
          List.copyOf(given),
          finder.submit(() -> new ScriptFinder().find(from, given, ScriptFinder.Selection.DEFAULT)),
          models);
    } finally {
      finder.shutdown();
    }
  }

  /** What {@link #startEarly} started: the scripts being found and the models being loaded. */
  public static final class Early {
    private final List<Path> given;
    private final Future<ScriptFinder.Found> found;
    private final Models models;

    private Early(List<Path> given, Future<ScriptFinder.Found> found, Models models) {
      this.given = given;
      this.found = found;
      this.models = models;
    }
  }

  /** Daemon threads named {@code name}: a background loader never keeps the JVM alive. */
  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return work -> {
      Thread thread = new Thread(work, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Like {@link #lintFiles(List, ScriptFinder.Selection)}, with the scripts already being found and
   * the models loaded by {@link #startEarly} for the same {@code given} and the default selection
   * when {@code early} is not null.
   */
  public Linted lintFiles(List<Path> given, ScriptFinder.Selection selection, @Nullable Early early)
      throws ConfigException {
    if (early != null
        && (!early.given.equals(given) || !selection.equals(ScriptFinder.Selection.DEFAULT))) {
      early.models.close();
      early = null;
    }
    Models models = early == null ? Models.preload(base, given) : early.models;
    try {
      ScriptFinder.Found found =
          early == null
              ? new ScriptFinder().find(base, given, selection)
              : await(early.found, "finding the scripts");
      return lintWithRepositories(inputs(found), models, new ArrayList<>(found.errors()));
    } finally {
      models.close();
    }
  }

  /**
   * Hook mode ({@code check --changed}): lints the script files {@code scripts} as they are, and
   * runs the cross-account analysis over the whole {@code repository}, so that a changed script is
   * judged within the mail system it belongs to. Which findings concern the change is the caller's
   * choice.
   */
  public Linted lintScripts(List<Path> scripts, Path repository) throws ConfigException {
    List<String> errors = new ArrayList<>();
    Models models = Models.preload(base, List.of(repository));
    try {
      ScriptFinder.Found found =
          new ScriptFinder().find(base, scripts, ScriptFinder.Selection.DEFAULT);
      errors.addAll(found.errors());
      return lintWithRepositories(inputs(found), models, errors);
    } finally {
      models.close();
    }
  }

  /**
   * Each file is parsed once: the repository pass lints the files it reads as it goes (see {@link
   * Shared}), and the per-file pass then takes the rest.
   */
  private Linted lintWithRepositories(List<Input> inputs, Models models, List<String> errors)
      throws ConfigException {
    Failures failures = new Failures();
    Shared shared = new Shared(inputs, linters(inputs, failures));
    List<Diagnostic> contained = new ArrayList<>();
    List<RepositoryLinter.Result> results =
        analyseRepositories(models, shared, failures, contained);
    lintAll(shared);
    List<Input> read = new ArrayList<>();
    for (Input input : inputs) {
      String error = input.error();
      if (error == null) {
        read.add(input);
      } else {
        errors.add(error);
      }
    }
    List<Diagnostic> found = shared.diagnostics();
    Map<String, SourceFile> sources = sources(read);
    for (RepositoryLinter.Result result : results) {
      errors.addAll(result.problems());
      // The guard rules judged the account scripts on their effective scripts: those findings
      // replace the per-file ones, which are already in the list.
      found.removeIf(result::supersedes);
      found.addAll(result.diagnostics());
      result.sources().forEach(sources::putIfAbsent);
    }
    found.addAll(contained);
    return new Linted(found, sources, read.size(), errors, failures.list());
  }

  /**
   * Folders that describe a mail system ({@code sievelint.yaml} or a known layout) also get the
   * cross-account analysis (MODEL.md); its model files join {@code sources} for the snippets, and
   * problems of the model (a script it names is missing, a bad alias file) count as errors.
   */
  private List<RepositoryLinter.Result> analyseRepositories(
      Models models, Shared shared, Failures failures, List<Diagnostic> contained)
      throws ConfigException {
    List<RepositoryLinter.Result> results = new ArrayList<>();
    // While the models load, files are linted on their own, by one thread fewer than --jobs so that
    // loading the model (which everything then waits for) keeps a core; this stops when the first
    // model is there, and the repository pass then asks which of the files done are quiet.
    Background early =
        options.jobs() > 1 && models.loading() ? new Background(shared, options.jobs() - 1) : null;
    RepositoryLinter.Parsed parsed =
        new RepositoryLinter.Parsed() {
          @Override
          public Optional<ParseResult> of(Path file) {
            return shared.take(file);
          }

          @Override
          public boolean quiet(Path file) {
            return shared.quiet(file);
          }
        };
    try {
      for (Path folder : models.folders()) {
        LintSettings settings = Settings.of(layers.forFolder(folder));
        RepositoryLinter linter = new RepositoryLinter(registry, settings, failures);
        Optional<MailModel> model;
        try {
          model = models.get(folder);
        } catch (Throwable e) {
          // Loading the model failed unexpectedly: the folder's files are still linted one by one.
          failures
              .contain(
                  displayPath(base, folder), Span.FILE_START, "loading the mail-system model", e)
              .ifPresent(contained::add);
          continue;
        }
        if (!models.loading()) {
          // The configuration of every input folder is already read (see linters()).
          ManifestYaml.forget();
        }
        if (early != null) {
          early.stop();
          early = null;
        }
        RepositoryLinter.Result result;
        try {
          Optional<MailModel> loaded = model;
          result = inPool(() -> linter.lint(folder, f -> displayPath(base, f), parsed, loaded));
        } catch (Throwable e) {
          // A failure outside the units the repository linter contains itself: the folder loses
          // its cross-account findings, every file keeps its own.
          String manifest =
              model
                  .map(m -> m.manifest() == null ? folder : m.paths().root().resolve(m.manifest()))
                  .map(p -> displayPath(base, p))
                  .orElse(displayPath(base, folder));
          failures
              .contain(manifest, Span.FILE_START, "the repository pass", e)
              .ifPresent(contained::add);
          continue;
        }
        if (result.model().isEmpty()) {
          // Silent: `sievelint graph` on such a folder says how to enable the model.
          continue;
        }
        results.add(result);
      }
      if (early != null) {
        early.stop();
        early = null;
      }
    } finally {
      if (early != null) {
        // Something failed on the way: stop linting in the background, without waiting.
        early.abandon();
      }
    }
    return results;
  }

  /**
   * Lints files on their own in a pool of its own until {@link #stop()}: work done while the main
   * thread waits for a model.
   */
  private static final class Background {
    private final ForkJoinPool pool;
    private final Future<?> task;
    private volatile boolean stopped;

    private Background(Shared shared, int threads) {
      this.pool = new ForkJoinPool(threads);
      List<Integer> left = shared.left();
      this.task =
          pool.submit(
              () ->
                  left.parallelStream()
                      .forEach(
                          i -> {
                            if (!stopped) {
                              shared.lint(i);
                            }
                          }));
    }

    /** Stops taking new files and lets those under way finish on their own. */
    void abandon() {
      stopped = true;
      pool.shutdown();
    }

    /** Stops taking new files and waits for those under way. */
    void stop() {
      stopped = true;
      try {
        await(task, "linting");
      } finally {
        pool.shutdownNow();
      }
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
    Failures failures = new Failures();
    Shared shared = new Shared(inputs, linters(inputs, failures));
    lintAll(shared);
    return new Linted(
        shared.diagnostics(), sources(inputs), inputs.size(), errors, failures.list());
  }

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

  private static Map<String, SourceFile> sources(List<Input> inputs) {
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    for (Input input : inputs) {
      SourceFile source = Objects.requireNonNull(input.source());
      sources.put(source.path(), source);
    }
    return sources;
  }

  /** The files {@code found}, each to be read when first linted. */
  private List<Input> inputs(ScriptFinder.Found found) {
    List<Input> inputs = new ArrayList<>();
    for (Path file : found.files()) {
      inputs.add(new Input(base, base.resolve(file).normalize()));
    }
    return inputs;
  }

  /**
   * The value of {@code future}, with its failure rethrown as it was; {@code doing} names the work
   * for the message of an interruption.
   */
  private static <T> T await(Future<T> future, String doing) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The first {@code size} bytes of {@code channel}, fewer when it ends sooner. */
  private static byte[] readFully(java.nio.channels.SeekableByteChannel channel, int size)
      throws IOException {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(size);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // keep reading until the buffer is full or the file ends
    }
    byte[] bytes = buffer.array();
    return buffer.position() == size ? bytes : java.util.Arrays.copyOf(bytes, buffer.position());
  }

  /** The text of {@code file} (absolute, normalized), or why it cannot be read. */
  private static Object read(Path base, Path absolute) {
    String display = displayPath(base, absolute);
    try {
      byte[] bytes;
      // One open and one size query per file (not a stat, then readAllBytes's own open and size).
      try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(absolute)) {
        long size = channel.size();
        if (size > MAX_FILE_BYTES) {
          return "skipped " + display + ": " + size + " bytes is more than sievelint reads";
        }
        bytes = size == 0 ? null : readFully(channel, (int) size);
      }
      if (bytes == null) {
        // Size unknown (a pipe, a special file): read to the end, bounded like any file.
        bytes = Files.readAllBytes(absolute);
        if (bytes.length > MAX_FILE_BYTES) {
          return "skipped " + display + ": " + bytes.length + " bytes is more than sievelint reads";
        }
      }
      return SourceFile.decode(display, bytes);
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage();
      return "cannot read "
          + display
          + ": "
          + e.getClass().getSimpleName()
          + (message == null ? "" : ": " + message);
    }
  }

  /** Lints the inputs the repository pass left, in parallel; the result does not depend on it. */
  private void lintAll(Shared shared) {
    List<Integer> left = shared.left();
    if (options.jobs() <= 1 || left.size() <= 1) {
      left.forEach(shared::lint);
      return;
    }
    inPool(
        () -> {
          left.parallelStream().forEach(shared::lint);
          return null;
        });
  }

  /**
   * Runs {@code work} in a pool of {@code --jobs} threads: parallel streams inside it (the per-file
   * pass, the repository analysis) use that pool, not the common one.
   */
  private <T> T inPool(Callable<T> work) {
    // A pool even for --jobs 1: parallel streams inside the work then use its one thread instead of
    // the common pool, so --jobs bounds every rule run and report.
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.jobs()));
    try {
      return await(pool.submit(work), "linting");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The models of the folders given on the command line, loaded on a thread of their own while the
   * scripts are found and read (a manifest of 100,000 accounts takes seconds to load).
   */
  private static final class Models {
    private final Map<Path, Future<Optional<MailModel>>> byFolder = new LinkedHashMap<>();
    private final @Nullable ExecutorService loader;

    private Models(@Nullable ExecutorService loader) {
      this.loader = loader;
    }

    static Models preload(Path base, List<Path> given) {
      List<Path> folders = new ArrayList<>();
      for (Path root : given) {
        Path folder = base.resolve(root).normalize();
        if (Files.isDirectory(folder) && !folders.contains(folder)) {
          folders.add(folder);
        }
      }
      if (folders.isEmpty()) {
        return new Models(null);
      }
      ExecutorService loader = Executors.newSingleThreadExecutor(daemon("sievelint-model"));
      Models out = new Models(loader);
      for (Path folder : folders) {
        out.byFolder.put(folder, loader.submit(() -> ModelLoader.load(folder)));
      }
      // The thread ends once the models are loaded, even if no run comes to take them (a
      // configuration error, --show-config).
      loader.shutdown();
      return out;
    }

    List<Path> folders() {
      return List.copyOf(byFolder.keySet());
    }

    /** Whether some model is still being loaded. */
    boolean loading() {
      for (Future<Optional<MailModel>> model : byFolder.values()) {
        if (!model.isDone()) {
          return true;
        }
      }
      return false;
    }

    Optional<MailModel> get(Path folder) {
      Future<Optional<MailModel>> future = byFolder.get(folder);
      if (future == null) {
        return ModelLoader.load(folder);
      }
      return await(future, "loading the model");
    }

    void close() {
      if (loader != null) {
        loader.shutdownNow();
      }
    }
  }

  /**
   * The per-file results, filled by whichever pass reaches a file first: the repository pass parses
   * a file it needs, lints it on its own right away and keeps only the tree it needs, so no file is
   * parsed twice and the trees of all files are never held at once.
   */
  private static final class Shared {
    private final List<Input> inputs;
    private final List<Linter> linters;
    private final Map<Path, Integer> index = new HashMap<>();
    private final AtomicIntegerArray claimed;
    private final AtomicIntegerArray quiet;
    private final AtomicReferenceArray<List<Diagnostic>> results;

    Shared(List<Input> inputs, List<Linter> linters) {
      this.inputs = inputs;
      this.linters = linters;
      this.claimed = new AtomicIntegerArray(inputs.size());
      this.quiet = new AtomicIntegerArray(inputs.size());
      this.results = new AtomicReferenceArray<>(inputs.size());
      for (int i = 0; i < inputs.size(); i++) {
        Path file = inputs.get(i).file();
        if (file != null) {
          index.putIfAbsent(file, i);
        }
      }
    }

    /**
     * The parsed file for the repository pass, linted on its own first unless that is done; empty
     * when not an input.
     */
    Optional<ParseResult> take(Path file) {
      Integer i = index.get(file.normalize());
      if (i == null) {
        return Optional.empty();
      }
      SourceFile source = inputs.get(i).source();
      if (source == null) {
        return Optional.empty();
      }
      Linter linter = linters.get(i);
      ParseResult parsed = linter.parse(source);
      if (claimed.compareAndSet(i, 0, 1)) {
        results.set(i, linter.lint(parsed));
      }
      return Optional.of(parsed);
    }

    /** Whether {@code file} is an input already linted and {@link Analysis#quiet}. */
    boolean quiet(Path file) {
      Integer i = index.get(file);
      return i != null && quiet.get(i) == 1;
    }

    /** The inputs no pass has taken yet, in input order. */
    List<Integer> left() {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        if (claimed.get(i) == 0) {
          out.add(i);
        }
      }
      return out;
    }

    void lint(int i) {
      if (claimed.compareAndSet(i, 0, 1)) {
        SourceFile source = inputs.get(i).source();
        if (source == null) {
          return;
        }
        Linter linter = linters.get(i);
        ParseResult parsed = linter.parse(source);
        results.set(i, linter.lint(parsed));
        if (Analysis.quiet(parsed)) {
          quiet.set(i, 1);
        }
      }
    }

    /** Every file's findings, in input order. */
    List<Diagnostic> diagnostics() {
      List<Diagnostic> out = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        List<Diagnostic> one = results.get(i);
        if (one != null) {
          out.addAll(one);
        }
      }
      return out;
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
    // An internal error is sievelint's failure, not a finding to accept: it is never recorded.
    List<Diagnostic> acceptable = new ArrayList<>(linted.diagnostics());
    acceptable.removeIf(d -> d.ruleId().equals(InternalError.rule().id()));
    Baseline fresh = Baseline.of(acceptable, sourceOf(linted), key);
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

  /**
   * Writes {@code report} with {@code writer} to {@code out}; a writer that formats in parallel
   * (text) does so on the {@code --jobs} threads.
   */
  public void write(ReportWriter writer, ReportInput report, Appendable out) throws IOException {
    try {
      inPool(
          () -> {
            try {
              writer.write(report, out);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            return null;
          });
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
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
        write(writer, report, w);
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
