package io.github.sievelint.lint;

import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.source.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lints scripts: parses each one and runs every enabled rule on it. Thread-safe; one instance
 * serves any number of files.
 *
 * <p>A rule that throws on a file (a sievelint bug) loses its findings on that file and gives one
 * {@code internal-error} finding instead; the other rules' findings stay. A file the parser fails
 * on gives only that finding. Each failure is recorded in {@link #failures()}, so that the run can
 * exit with 2 after its reports are written.
 *
 * <p>On a script whose parse is not complete, the rules that need the whole script are not run
 * ({@link RuleInfo#needsWholeScript}); findings that start in text an earlier rule rejected are
 * dropped ({@link RuleContext#reject}).
 */
public final class Linter {

  private final RuleRegistry registry;
  private final LintSettings settings;
  private final Failures failures;
  private final ScriptParser parser = new ScriptParser();

  public Linter(RuleRegistry registry, LintSettings settings) {
    this(registry, settings, new Failures());
  }

  /** A linter that records the failures it contains in {@code failures} (shared by a run). */
  public Linter(RuleRegistry registry, LintSettings settings, Failures failures) {
    this.registry = registry;
    this.settings = settings;
    this.failures = failures;
  }

  public RuleRegistry registry() {
    return registry;
  }

  public LintSettings settings() {
    return settings;
  }

  /** The failures contained so far. */
  public Failures failures() {
    return failures;
  }

  /** Parses {@code source}; exposed so callers that need the tree parse only once. */
  public ParseResult parse(SourceFile source) {
    return parser.parse(source);
  }

  /** Lints one script and returns its findings in report order. */
  public List<Diagnostic> lint(SourceFile source) {
    return lint(parse(source));
  }

  /** Lints an already parsed script; suppression directives in its comments are honoured. */
  public List<Diagnostic> lint(ParseResult parsed) {
    String path = parsed.source().path();
    Throwable failed = parsed.failure();
    if (failed != null) {
      return failures
          .contain(path, InternalError.fileStart(), "the parser", failed)
          .map(List::of)
          .orElse(List.of());
    }
    List<Diagnostic> found = new ArrayList<>();
    List<Diagnostic> internal = new ArrayList<>();
    LintSettings settings = ServerInference.apply(this.settings, List.of(parsed.script()));
    RuleContext context = new RuleContext(parsed, settings, found);
    boolean complete = parsed.complete();
    Set<String> skipped = new HashSet<>();
    for (Rule rule : registry.rules()) {
      RuleInfo info = rule.info();
      if (!settings.enabled(info.id())) {
        continue;
      }
      if (info.needsWholeScript() && !complete) {
        // Its conclusion would rest on a tree that recovery patched (RuleInfo#needsWholeScript).
        skipped.add(info.id());
        continue;
      }
      context.setCurrent(info);
      int before = found.size();
      try {
        rule.check(context);
      } catch (Throwable e) {
        // As if the rule had found nothing in this file.
        found.subList(before, found.size()).clear();
        failures
            .contain(path, InternalError.fileStart(), "rule " + info.id(), e)
            .ifPresent(internal::add);
      }
    }
    List<Diagnostic> shown = context.withoutRejected(found, registry);
    List<Diagnostic> kept;
    try {
      kept =
          Suppressions.read(parsed, context::commands)
              .apply(
                  shown,
                  registry,
                  settings,
                  // Whether a directive for a repository rule hides something only the repository
                  // pass knows (RepositorySuppressions); it reports those that hide nothing.
                  id ->
                      settings.enabled(id)
                          && !skipped.contains(id)
                          && !RepositorySuppressions.judges(registry.find(id)));
    } catch (Throwable e) {
      kept = new ArrayList<>(shown);
      failures
          .contain(path, InternalError.fileStart(), "the suppression comments", e)
          .ifPresent(internal::add);
    }
    kept.addAll(internal);
    kept.sort(Diagnostic.ORDER);
    return kept;
  }
}
