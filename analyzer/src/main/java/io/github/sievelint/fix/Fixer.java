package io.github.sievelint.fix;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Fix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies fixes in passes, the way ruff does: each pass takes, per file, the fixes of the current
 * findings that do not overlap one taken before (in file order), applies them, and lints again;
 * fixes left out wait for the next pass. It stops when no finding has an applicable fix, or after
 * {@link #MAX_PASSES} passes.
 *
 * <p>A pass that makes a file worse is undone for that file: a syntax error that was not there, or
 * more findings of some rule than before the pass (a fix that removes one finding and brings
 * another of the same rule in its place is not caught). The file keeps its text from before the
 * pass, takes no further fixes, and the result names the rules whose fixes were applied to it in
 * that pass.
 *
 * <p>The linting is the caller's: a whole run over the changed texts for the command line (so that
 * fixes see the mail system), one file for the tests.
 *
 * @param <R> what one lint gives (a whole run's outcome, or a list of findings)
 */
public final class Fixer<R> {

  /** At most this many passes per run. */
  public static final int MAX_PASSES = 10;

  /** Lints the files with {@code texts} in place of what is on disk. */
  public interface Lint<R> {
    R lint(Map<String, String> texts);
  }

  /** A file whose fixes were undone, and the rules whose fixes made it worse. */
  public record Failure(String path, Set<String> rules, String why) {
    /** The error line, as the run reports it. */
    public String line() {
      return "internal error: the fix of "
          + String.join(", ", rules)
          + " made "
          + path
          + " worse ("
          + why
          + "); the file was left as it was before that fix";
    }
  }

  /**
   * What fixing gave: the changed texts by path (only files that changed), the outcome of the last
   * lint (of exactly these texts), how many fixes were applied, and the undone files.
   */
  public record Result<R>(
      Map<String, String> texts, R last, int fixed, List<Failure> failures, int passes) {}

  private final Lint<R> lint;
  private final Function<R, List<Diagnostic>> findings;
  private final Function<String, Optional<String>> read;

  /**
   * @param lint lints with changed texts in place
   * @param findings the findings of a lint's outcome
   * @param read the current text of a file that a fix would change, or empty when it must not be
   *     changed (not a checked file, not UTF-8, outside the checked folders)
   */
  public Fixer(
      Lint<R> lint,
      Function<R, List<Diagnostic>> findings,
      Function<String, Optional<String>> read) {
    this.lint = lint;
    this.findings = findings;
    this.read = read;
  }

  /** Fixes up to {@code level}, starting from {@code first}, the outcome of linting as on disk. */
  @SuppressWarnings("ReferenceEquality") // which findings' own fix object was taken
  public Result<R> run(R first, Fix.Applicability level) {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, Optional<String>> originals = new HashMap<>();
    Set<String> frozen = new TreeSet<>();
    List<Failure> failures = new ArrayList<>();
    R current = first;
    int fixed = 0;
    int passes = 0;
    while (passes < MAX_PASSES) {
      Map<String, List<Diagnostic>> byFile = new TreeMap<>();
      for (Diagnostic d : findings.apply(current)) {
        Fix fix = d.fix();
        if (fix != null && fix.applicability().within(level) && !frozen.contains(d.path())) {
          byFile.computeIfAbsent(d.path(), p -> new ArrayList<>()).add(d);
        }
      }
      Map<String, String> next = new LinkedHashMap<>(texts);
      Map<String, Set<String>> rulesApplied = new LinkedHashMap<>();
      Map<String, Integer> applied = new HashMap<>();
      for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
        String path = file.getKey();
        String text = texts.get(path);
        if (text == null) {
          Optional<String> original = originals.computeIfAbsent(path, read);
          if (original.isEmpty()) {
            continue;
          }
          text = original.get();
        }
        List<Fix> taken = choose(file.getValue(), text.length());
        if (taken.isEmpty()) {
          continue;
        }
        List<Fix.Edit> edits = new ArrayList<>();
        Set<String> rules = new TreeSet<>();
        for (Fix fix : taken) {
          edits.addAll(fix.edits());
        }
        for (Diagnostic d : file.getValue()) {
          if (taken.stream().anyMatch(f -> f == d.fix())) {
            rules.add(d.ruleId());
          }
        }
        String changed = Fix.apply(text, edits);
        if (changed.equals(text)) {
          continue;
        }
        next.put(path, changed);
        rulesApplied.put(path, rules);
        applied.put(path, taken.size());
      }
      if (rulesApplied.isEmpty()) {
        break;
      }
      passes++;
      R after = lint.lint(next);
      Map<String, Map<String, Integer>> before = counts(findings.apply(current));
      Map<String, Map<String, Integer>> now = counts(findings.apply(after));
      boolean undone = false;
      for (Map.Entry<String, Set<String>> file : rulesApplied.entrySet()) {
        String path = file.getKey();
        String why = worse(before.getOrDefault(path, Map.of()), now.getOrDefault(path, Map.of()));
        if (why == null) {
          fixed += applied.getOrDefault(path, 0);
          continue;
        }
        failures.add(new Failure(path, file.getValue(), why));
        frozen.add(path);
        String previous = texts.get(path);
        if (previous == null) {
          next.remove(path);
        } else {
          next.put(path, previous);
        }
        undone = true;
      }
      texts = next;
      current = undone ? lint.lint(texts) : after;
    }
    // A file fixed back to its original text (one fix undoing another) is not changed.
    texts
        .entrySet()
        .removeIf(
            e ->
                originals
                    .getOrDefault(e.getKey(), Optional.empty())
                    .map(e.getValue()::equals)
                    .orElse(false));
    return new Result<>(
        Map.copyOf(new TreeMap<>(texts)), current, fixed, List.copyOf(failures), passes);
  }

  /**
   * The fixes of {@code found} (one file's) to apply in one pass: in the order of their first edit,
   * each that overlaps none taken before and fits the text.
   */
  static List<Fix> choose(List<Diagnostic> found, int length) {
    List<Fix> candidates = new ArrayList<>();
    Set<Fix> seen = new LinkedHashSet<>();
    for (Diagnostic d : found) {
      Fix fix = d.fix();
      if (fix != null && seen.add(fix)) {
        candidates.add(fix);
      }
    }
    candidates.sort((a, b) -> Fix.Edit.ORDER.compare(a.edits().get(0), b.edits().get(0)));
    List<Fix> taken = new ArrayList<>();
    for (Fix fix : candidates) {
      boolean fits = fix.edits().stream().allMatch(e -> e.span().end() <= length);
      if (fits && taken.stream().noneMatch(fix::overlaps)) {
        taken.add(fix);
      }
    }
    return taken;
  }

  /** Findings per file and rule. */
  private static Map<String, Map<String, Integer>> counts(List<Diagnostic> found) {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (Diagnostic d : found) {
      out.computeIfAbsent(d.path(), p -> new HashMap<>()).merge(d.ruleId(), 1, Integer::sum);
    }
    return out;
  }

  /**
   * Why a file's findings got worse from {@code before} to {@code after}, or null when they did
   * not: a new syntax error, or more findings of a rule.
   */
  private static @org.jspecify.annotations.Nullable String worse(
      Map<String, Integer> before, Map<String, Integer> after) {
    for (Map.Entry<String, Integer> rule : new TreeMap<>(after).entrySet()) {
      int was = before.getOrDefault(rule.getKey(), 0);
      if (rule.getValue() > was) {
        return rule.getKey().equals("syntax-error")
            ? "a syntax error"
            : "a new " + rule.getKey() + " finding";
      }
    }
    return null;
  }
}
