package io.github.sievelint.lint;

import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.source.PathPattern;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What hides the findings of repository rules: a directive for the rule in a script at the
 * finding's place or at any of its related places (the other steps of a cycle or chain), and the
 * manifest's {@code rules: {id: {ignore: [paths]}}} for findings that touch files where no
 * directive can be written (alias files). It also reports, as {@value Suppressions#RULE_ID}, the
 * directives for repository rules that hid nothing, which the per-file pass cannot judge.
 *
 * <p>{@link #read} is thread-safe and keeps each script's directives once; {@link #apply} runs
 * once, after the rules.
 */
final class RepositorySuppressions {

  private final RuleRegistry registry;
  private final Set<String> repositoryRules;

  /** The repository rules whose unused directives are reported here ({@link #judges}). */
  private final Set<String> judged;

  private final Function<String, String> shown;
  private final Map<String, List<PathPattern>> ignore = new HashMap<>();

  /** Directives by the display path of their script; scripts without any are not kept. */
  private final Map<String, List<Suppressions.Entry>> byFile = new ConcurrentHashMap<>();

  /** The scripts read so far, by path relative to the root, so each is read once. */
  private final Set<String> read = ConcurrentHashMap.newKeySet();

  /**
   * The relative path of each display path met, to match the manifest's ignore paths and to read
   * the scripts that findings point into but no account runs.
   */
  private final Map<String, String> relative = new ConcurrentHashMap<>();

  /**
   * The suppressions for {@code model}'s repository, whose files reports name by {@code shown} of
   * their path relative to the root.
   */
  RepositorySuppressions(MailModel model, RuleRegistry registry, Function<String, String> shown) {
    this.registry = registry;
    this.shown = shown;
    this.repositoryRules = new HashSet<>();
    this.judged = new HashSet<>();
    for (Rule rule : registry.rules()) {
      if (rule instanceof RepositoryRule) {
        repositoryRules.add(rule.info().id());
      }
      if (judges(Optional.of(rule))) {
        judged.add(rule.info().id());
      }
    }
    for (Map.Entry<String, Map<String, Object>> rule : model.rules().entrySet()) {
      if (rule.getValue().get("ignore") instanceof List<?> paths) {
        List<PathPattern> patterns = new ArrayList<>();
        for (Object path : paths) {
          patterns.add(PathPattern.of(String.valueOf(path)));
        }
        ignore.put(rule.getKey(), patterns);
      }
    }
  }

  /**
   * Whether the repository pass, not the per-file one, reports the directives for {@code rule} that
   * hide nothing: those of a rule that reports only in the repository pass.
   */
  static boolean judges(Optional<Rule> rule) {
    return rule.isPresent()
        && rule.get() instanceof RepositoryRule repositoryRule
        && !repositoryRule.reportsPerFile();
  }

  /** The display path of {@code relativePath}, remembered for the ignore paths. */
  String shown(String relativePath) {
    String display = shown.apply(relativePath);
    relative.putIfAbsent(display, relativePath);
    return display;
  }

  /** Keeps the directives for repository rules in {@code parsed}, the script at {@code path}. */
  void read(String relativePath, ParseResult parsed) {
    if (parsed.failure() != null || !read.add(relativePath)) {
      // A script the parser failed on has no tree to read; its internal-error is reported.
      return;
    }
    List<Suppressions.Entry> kept = new ArrayList<>();
    for (Suppressions.Entry e : Suppressions.read(parsed).entries()) {
      // Directives for unused-suppression itself may hide the reports made here.
      if (repositoryRules.contains(e.ruleId) || e.ruleId.equals(Suppressions.RULE_ID)) {
        kept.add(e);
      }
    }
    if (!kept.isEmpty()) {
      byFile.put(shown(relativePath), kept);
    }
  }

  /**
   * The findings that nothing hides, plus a {@value Suppressions#RULE_ID} finding for each
   * directive of a rule that {@code ran} (without failing) and that hid nothing.
   */
  List<Diagnostic> apply(
      List<Diagnostic> found,
      Predicate<String> ran,
      LintSettings settings,
      Function<String, @Nullable ParseResult> parse) {
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : found) {
      if (repositoryRules.contains(d.ruleId())) {
        readUnread(d.path(), parse);
        d.related().forEach(r -> readUnread(r.path(), parse));
      }
    }
    for (Diagnostic d : found) {
      if (!repositoryRules.contains(d.ruleId())) {
        kept.add(d);
        continue;
      }
      // Both are asked, so that a directive on an ignored finding still counts as used.
      boolean ignored = ignored(d);
      boolean hidden = hide(d);
      if (!ignored && !hidden) {
        kept.add(d);
      }
    }
    Optional<Rule> rule = registry.find(Suppressions.RULE_ID);
    if (rule.isEmpty() || !settings.enabled(Suppressions.RULE_ID)) {
      return kept;
    }
    Severity severity = settings.severityOf(rule.get().info());
    // Sorted by file, so the report does not depend on the order scripts were read in.
    for (Map.Entry<String, List<Suppressions.Entry>> file : new TreeMap<>(byFile).entrySet()) {
      for (Suppressions.Entry e : file.getValue()) {
        if (e.hits > 0 || !judged.contains(e.ruleId) || !ran.test(e.ruleId)) {
          continue;
        }
        int line = e.idSpan.startLine();
        if (file.getValue().stream()
            .anyMatch(o -> o.ruleId.equals(Suppressions.RULE_ID) && o.coversLine(line))) {
          continue;
        }
        kept.add(Suppressions.unused(severity, file.getKey(), e));
      }
    }
    return kept;
  }

  /**
   * Reads the directives of a script a finding points into that no account runs (one that
   * unassigned-script reports), so that a directive there works as in any other script.
   */
  private void readUnread(String display, Function<String, @Nullable ParseResult> parse) {
    String path = relative.get(display);
    if (path == null
        || read.contains(path)
        || !(path.endsWith(".sieve") || path.endsWith(".siv"))) {
      return;
    }
    ParseResult parsed = parse.apply(path);
    if (parsed != null) {
      read(path, parsed);
    }
  }

  /**
   * Whether a directive for its rule covers {@code d}'s place or a related one; every such
   * directive counts as used, so that one on each step of a cycle is not reported as unused.
   */
  private boolean hide(Diagnostic d) {
    boolean hidden = hit(d.ruleId(), d.path(), d.span());
    for (Related r : d.related()) {
      hidden |= hit(d.ruleId(), r.path(), r.span());
    }
    return hidden;
  }

  private boolean hit(String ruleId, String path, Span span) {
    List<Suppressions.Entry> entries = byFile.get(path);
    if (entries == null) {
      return false;
    }
    boolean hidden = false;
    for (Suppressions.Entry e : entries) {
      if (e.ruleId.equals(ruleId) && e.coversLine(span.startLine())) {
        e.hits++;
        hidden = true;
      }
    }
    return hidden;
  }

  /** Whether the manifest ignores {@code d}'s rule in the file of its place or of a related one. */
  private boolean ignored(Diagnostic d) {
    List<PathPattern> patterns = ignore.get(d.ruleId());
    if (patterns == null) {
      return false;
    }
    if (matches(patterns, d.path())) {
      return true;
    }
    for (Related r : d.related()) {
      if (matches(patterns, r.path())) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(List<PathPattern> patterns, String display) {
    String path = relative.getOrDefault(display, display);
    return patterns.stream().anyMatch(p -> p.matches(path));
  }
}
