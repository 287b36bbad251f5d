package io.github.sievelint.lint;

import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.graph.Analysis;
import io.github.sievelint.graph.ScriptAction;
import io.github.sievelint.model.Account;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.model.ModelLoader;
import io.github.sievelint.model.ModelProblem;
import io.github.sievelint.model.RepositoryPaths;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.ServerProfiles;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Lints a config repository as a whole: loads its model ({@code sievelint.yaml} or a detected
 * layout), analyses every account's effective script, builds the forwarding graph and runs the
 * repository rules. The command line and the Maven plugin both call this; per-file linting stays
 * with {@link Linter}.
 */
public final class RepositoryLinter {

  /**
   * What linting a repository gave.
   *
   * @param model the model, when the repository has one
   * @param diagnostics the findings of the repository rules, in report order
   * @param sources model files (manifest, alias files) by display path, for report snippets
   * @param problems configuration problems as {@code path:line:col: message}
   * @param analysis the analysis, for callers that print the graph
   * @param effectiveFiles display paths of the scripts some account's effective script covers
   * @param effectiveRules ids of the {@link EffectiveScriptRule}s run on those scripts
   */
  public record Result(
      Optional<MailModel> model,
      List<Diagnostic> diagnostics,
      Map<String, SourceFile> sources,
      List<String> problems,
      @Nullable Analysis analysis,
      Set<String> effectiveFiles,
      Set<String> effectiveRules) {

    /**
     * Whether a finding of the per-file pass is replaced by this result's: its rule judged its file
     * here on the effective scripts of the accounts, so keeping both would report it twice.
     */
    public boolean supersedes(Diagnostic perFile) {
      return effectiveRules.contains(perFile.ruleId()) && effectiveFiles.contains(perFile.path());
    }
  }

  /**
   * Hands the repository pass a script that the caller has already parsed, so that a run which also
   * lints every file on its own parses each file once; empty means "read and parse it yourself".
   */
  public interface Parsed {
    Optional<ParseResult> of(Path file);

    /**
     * Whether the script at {@code file} (absolute, normalized) was already linted and holds no
     * responding action and no include ({@link Analysis#quiet}): an account that runs it as its
     * personal script, after quiet global scripts, needs nothing more of it.
     */
    default boolean quiet(Path file) {
      return false;
    }
  }

  private static final Parsed NONE = file -> Optional.empty();

  private final RuleRegistry registry;
  private final LintSettings settings;
  private final Failures failures;
  private final ScriptParser parser = new ScriptParser();

  public RepositoryLinter(RuleRegistry registry, LintSettings settings) {
    this(registry, settings, new Failures());
  }

  /**
   * A linter that records the failures it contains (an account, a repository rule, a script that
   * the parser failed on) in {@code failures}, shared by a run; each also becomes an {@code
   * internal-error} finding of the result.
   */
  public RepositoryLinter(RuleRegistry registry, LintSettings settings, Failures failures) {
    this.registry = registry;
    this.settings = settings;
    this.failures = failures;
  }

  /** The failures contained so far. */
  public Failures failures() {
    return failures;
  }

  /** The message shown when a folder has no model, so the repository rules stay silent. */
  public static String howToEnable(String root) {
    return "cross-account rules (redirect-cycle, ...) are off for "
        + root
        + ": add a sievelint.yaml there (or use a docker-mailserver, Mail-in-a-Box or Dovecot"
        + " home layout) to enable them";
  }

  /** Whether {@code root} describes a mail system. */
  public static boolean hasModel(Path root) {
    return ModelLoader.load(root).isPresent();
  }

  /**
   * Lints the repository at {@code root}; {@code display} turns a file under the root into the path
   * reports show.
   */
  public Result lint(Path root, Function<Path, String> display) {
    return lint(root, display, NONE);
  }

  /**
   * Like {@link #lint(Path, Function)}, taking scripts from {@code parsed} when it has them (by
   * absolute, normalized path).
   */
  public Result lint(Path root, Function<Path, String> display, Parsed parsed) {
    return lint(root, display, parsed, ModelLoader.load(root));
  }

  /**
   * Like {@link #lint(Path, Function, Parsed)} with the model already loaded ({@link
   * ModelLoader#load} of {@code root}), so a caller can load it while it reads the scripts.
   */
  public Result lint(
      Path root, Function<Path, String> display, Parsed parsed, Optional<MailModel> loaded) {
    if (loaded.isEmpty()) {
      return new Result(Optional.empty(), List.of(), Map.of(), List.of(), null, Set.of(), Set.of());
    }
    MailModel model = loaded.get();
    RepositoryPaths paths = model.paths();
    RepositorySuppressions suppressions =
        new RepositorySuppressions(
            model, registry, relative -> display.apply(paths.root().resolve(relative)));
    Function<String, String> shown = suppressions::shown;
    // Both the forwarding analysis and the effective scripts read every account's scripts; they
    // share one parse of each. The effective script of an account is analysed right after its
    // forwarding scan, on the same thread, and its personal script's tree is then dropped (once
    // every account that runs it is done), so trees do not pile up.
    ConcurrentHashMap<String, Tree> trees = new ConcurrentHashMap<>();
    // Scripts read here (not handed in by the caller) that the parser failed on: no per-file pass
    // reports them, so this one does.
    ConcurrentHashMap<String, Throwable> parseFailures = new ConcurrentHashMap<>();
    Function<String, @Nullable ParseResult> tree =
        relative ->
            trees
                .computeIfAbsent(relative, r -> new Tree())
                .get(
                    () -> {
                      ParseResult p = parse(paths, relative, parsed, parseFailures);
                      if (p != null) {
                        // Here, where each script is parsed, its directives are read once.
                        suppressions.read(relative, p);
                      }
                      return p;
                    });
    Set<String> globals = new HashSet<>();
    model.globalBefore().forEach(r -> globals.add(r.path()));
    model.globalAfter().forEach(r -> globals.add(r.path()));
    Map<String, AtomicInteger> runners = new HashMap<>();
    for (Account account : model.accounts()) {
      String personal = account.script();
      if (personal != null && !globals.contains(personal)) {
        runners.computeIfAbsent(personal, p -> new AtomicInteger()).incrementAndGet();
      }
    }
    Predicate<String> quiet = quietScripts(paths, parsed);
    Analysis.ScriptSource source =
        new Analysis.ScriptSource() {
          @Override
          public @Nullable ParseResult parse(String relativePath) {
            return tree.apply(relativePath);
          }

          @Override
          public boolean quiet(String relativePath) {
            return quiet.test(relativePath);
          }
        };
    LintSettings effective = settingsFor(model, settings);
    EffectiveScripts scripts = EffectiveScripts.start(model, tree, quiet, registry, effective);
    List<RepositoryRule> rules = new ArrayList<>();
    for (Rule rule : registry.rules()) {
      if (rule instanceof RepositoryRule repositoryRule && effective.enabled(rule.info().id())) {
        rules.add(repositoryRule);
      }
    }
    // What the rules can do with the model alone runs beside the analysis of the accounts (in the
    // pool when there is one), not after it.
    // A rule that throws (a sievelint bug) is left out of the rest of the run, reported at the
    // manifest (or, in a layout without one, the root).
    String anchor = model.manifest() == null ? "." : model.manifest();
    Set<RepositoryRule> failed = ConcurrentHashMap.newKeySet();
    List<Diagnostic> internal = java.util.Collections.synchronizedList(new ArrayList<>());
    ForkJoinTask<?> prepared =
        ForkJoinTask.adapt(
            () -> {
              for (RepositoryRule rule : rules) {
                try {
                  rule.prepare(model);
                } catch (Throwable e) {
                  failed.add(rule);
                  failures
                      .contain(shown.apply(anchor), Span.FILE_START, "rule " + rule.info().id(), e)
                      .ifPresent(internal::add);
                }
              }
            });
    if (ForkJoinTask.inForkJoinPool()) {
      prepared.fork();
    } else {
      prepared.invoke();
    }
    Analysis analysis =
        Analysis.run(
            model,
            source,
            i -> {
              List<ScriptAction> actions = scripts.analyse(i);
              String personal = model.accounts().get(i).script();
              AtomicInteger left = personal == null ? null : runners.get(personal);
              if (personal != null && left != null && left.decrementAndGet() == 0) {
                // An include of it met later parses it again; none of the scripts here does.
                trees.remove(personal);
              }
              return actions;
            });
    scripts.finish();
    List<Diagnostic> found = new ArrayList<>();
    // Witness steps in a global script name it relative to the model, like the finding's path.
    List<String> globalPaths = new ArrayList<>();
    model.globalBefore().forEach(ref -> globalPaths.add(ref.path()));
    model.globalAfter().forEach(ref -> globalPaths.add(ref.path()));
    for (Diagnostic d : scripts.diagnostics()) {
      String message =
          ShownPaths.of(ShownPaths.of(d.message(), globalPaths, shown), List.of(d.path()), shown);
      Diagnostic moved = d.withPath(shown.apply(d.path()));
      found.add(
          message.equals(d.message())
              ? moved
              : new Diagnostic(
                  moved.ruleId(),
                  moved.severity(),
                  moved.path(),
                  moved.span(),
                  message,
                  moved.related(),
                  moved.help(),
                  moved.fix()));
    }
    // The repository rules run side by side (in parallel when called inside a pool), each with a
    // context of its own; their findings join in rule order, as when run one after the other. They
    // share only the analysis, whose lazily built parts (the graph, its components) are guarded.
    prepared.join();
    List<RepositoryContext> contexts = new ArrayList<>();
    for (RepositoryRule rule : rules) {
      RepositoryContext context =
          new RepositoryContext(analysis, scripts, effective, shown, new ArrayList<>());
      context.setCurrent(rule.info());
      contexts.add(context);
    }
    boolean[] threw = new boolean[rules.size()];
    IntStream.range(0, rules.size())
        .parallel()
        .forEach(
            i -> {
              RepositoryRule rule = rules.get(i);
              if (failed.contains(rule)) {
                threw[i] = true;
                return;
              }
              try {
                rule.check(contexts.get(i));
              } catch (Throwable e) {
                threw[i] = true;
                failures
                    .contain(shown.apply(anchor), Span.FILE_START, "rule " + rule.info().id(), e)
                    .ifPresent(internal::add);
              }
            });
    Set<String> reported = new HashSet<>();
    Set<String> ran = new HashSet<>();
    for (int i = 0; i < contexts.size(); i++) {
      if (threw[i]) {
        // As if the rule had found nothing.
        continue;
      }
      ran.add(rules.get(i).info().id());
      found.addAll(contexts.get(i).found());
      reported.addAll(contexts.get(i).files());
    }
    found = suppressions.apply(found, ran::contains, effective, tree);
    for (Analysis.AccountFailure failure : analysis.failures()) {
      Account account = failure.account();
      failures
          .contain(
              shown.apply(failure.where().file()),
              failure.where().span(),
              "account " + account.address(),
              failure.error())
          .ifPresent(internal::add);
    }
    for (Failures.Failure failure : scripts.failures()) {
      failures
          .contain(shown.apply(failure.path()), failure.span(), failure.unit(), failure.error())
          .ifPresent(internal::add);
    }
    for (Map.Entry<String, Throwable> failure : parseFailures.entrySet()) {
      failures
          .contain(shown.apply(failure.getKey()), Span.FILE_START, "the parser", failure.getValue())
          .ifPresent(internal::add);
    }
    Set<String> internalKeys = new HashSet<>();
    for (Diagnostic d : internal) {
      if (internalKeys.add(d.path() + "\0" + d.message())) {
        found.add(d);
      }
    }
    found.sort(Diagnostic.ORDER);
    List<String> problems = new ArrayList<>();
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    Set<String> files = new HashSet<>();
    for (ModelProblem problem : model.problems()) {
      files.add(problem.where().file());
      if (problem.kind() == ModelProblem.Kind.CONFIG) {
        problems.add(
            shown.apply(problem.where().file())
                + ":"
                + problem.where().span().startLine()
                + ":"
                + problem.where().span().startColumn()
                + ": "
                + problem.message());
      }
    }
    files.addAll(reported);
    if (model.manifest() != null) {
      files.add(model.manifest());
    }
    for (String file : files) {
      if (file.endsWith(".sieve") || file.endsWith(".siv")) {
        continue;
      }
      readSource(paths, file)
          .ifPresent(
              s -> sources.put(shown.apply(file), SourceFile.of(shown.apply(file), s.text())));
    }
    Set<String> effectiveFiles = new HashSet<>();
    scripts.files().forEach(f -> effectiveFiles.add(shown.apply(f)));
    Set<String> effectiveRules = new HashSet<>();
    for (Rule rule : registry.rules()) {
      if (rule instanceof EffectiveScriptRule && effective.enabled(rule.info().id())) {
        effectiveRules.add(rule.info().id());
      }
    }
    return new Result(
        loaded,
        found,
        sources,
        problems,
        analysis,
        Set.copyOf(effectiveFiles),
        Set.copyOf(effectiveRules));
  }

  /**
   * The settings with the manifest's server profile and {@code rules:} section applied under the
   * caller's choices: a severity or option the caller set wins.
   */
  public static LintSettings settingsFor(MailModel model, LintSettings settings) {
    ServerProfile server = settings.server();
    String named = model.server();
    boolean chosen = settings.serverChosen();
    if (named != null && !chosen) {
      // The command line and .sievelint.yaml win over the manifest, `generic` included.
      server = ServerProfiles.byId(named).orElse(server);
      chosen = true;
    }
    Set<String> ignore = new HashSet<>(settings.ignore());
    Map<String, Severity> severities = new HashMap<>();
    Map<String, Map<String, Object>> options = new HashMap<>();
    for (Map.Entry<String, Map<String, Object>> rule : model.rules().entrySet()) {
      Map<String, Object> ruleOptions = new HashMap<>(rule.getValue());
      Object severity = ruleOptions.remove("severity");
      // Not an option of the rule: RepositorySuppressions applies it.
      ruleOptions.remove("ignore");
      if ("off".equals(severity)) {
        ignore.add(rule.getKey());
      } else if (severity instanceof String text) {
        Severity.parse(text).ifPresent(s -> severities.put(rule.getKey(), s));
      }
      options.put(rule.getKey(), ruleOptions);
    }
    severities.putAll(settings.severities());
    for (Map.Entry<String, Map<String, Object>> rule : settings.options().entrySet()) {
      options.computeIfAbsent(rule.getKey(), k -> new HashMap<>()).putAll(rule.getValue());
    }
    return new LintSettings(server, settings.select(), ignore, severities, options, chosen, null);
  }

  private Optional<SourceFile> readSource(RepositoryPaths paths, String relative) {
    return paths.inside(relative).flatMap(file -> readSource(file, relative));
  }

  private static Optional<SourceFile> readSource(Path file, String relative) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      if (Files.size(file) > SourceFile.MAX_FILE_BYTES) {
        return Optional.empty();
      }
      return Optional.of(SourceFile.decode(relative, Files.readAllBytes(file)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Which scripts {@code parsed} knows to be quiet, by relative path; a script counts only where
   * reading it for the model would work (inside the root, links included). The forwarding scan and
   * the effective script of an account ask in turn on the same thread, so the last answer is kept.
   */
  private static Predicate<String> quietScripts(RepositoryPaths paths, Parsed parsed) {
    ThreadLocal<LastAnswer> last = ThreadLocal.withInitial(LastAnswer::new);
    return relative -> {
      LastAnswer known = last.get();
      if (!relative.equals(known.path)) {
        known.path = relative;
        known.quiet =
            RepositoryPaths.staysInside(relative)
                && parsed.quiet(paths.root().resolve(relative).normalize())
                && paths.inside(relative).isPresent();
      }
      return known.quiet;
    };
  }

  /**
   * One script's tree, parsed by the first thread that asks. The parse (and the per-file lint that
   * goes with it) runs outside the map's lock: run inside {@code computeIfAbsent}, it blocked every
   * thread whose script hashed to the same bin of the map, a core's worth of waiting at 100,000
   * accounts (issue #20).
   */
  private static final class Tree {
    private boolean done;
    private @Nullable ParseResult result;

    synchronized @Nullable ParseResult get(Supplier<@Nullable ParseResult> parse) {
      if (!done) {
        result = parse.get();
        done = true;
      }
      return result;
    }
  }

  /** The last script asked about on a thread, and the answer. */
  private static final class LastAnswer {
    private @Nullable String path;
    private boolean quiet;
  }

  private @Nullable ParseResult parse(
      RepositoryPaths paths, String relative, Parsed parsed, Map<String, Throwable> failed) {
    Optional<Path> file = paths.inside(relative);
    if (file.isEmpty()) {
      return null;
    }
    Optional<ParseResult> given = parsed.of(file.get());
    if (given.isPresent()) {
      // Findings of the repository pass name files by their relative path, as when read here.
      return given.get().withPath(relative);
    }
    ParseResult own = readSource(file.get(), relative).map(parser::parse).orElse(null);
    Throwable failure = own == null ? null : own.failure();
    if (failure != null) {
      failed.putIfAbsent(relative, failure);
    }
    return own;
  }
}
