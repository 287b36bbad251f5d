package io.github.sievelint.run;

import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.graph.Analysis;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of every input linted on its own, filled by whichever pass reaches a file first: the
 * repository pass parses a file it needs ({@link #of}), lints it on its own right away and keeps
 * only the tree it needs, so no file is parsed twice and the trees of all files are never held at
 * once; the per-file pass ({@link #lint}) then takes the rest. Thread-safe.
 */
final class PerFileResults implements RepositoryLinter.Parsed {

  private final List<Input> inputs;
  private final List<Linter> linters;
  private final Map<Path, Integer> byFile = new HashMap<>();

  /** The inputs a pass has taken: the first pass to add one lints it. */
  private final Set<Integer> taken = ConcurrentHashMap.newKeySet();

  private final Map<Integer, List<Diagnostic>> findings = new ConcurrentHashMap<>();

  /** The inputs linted by the per-file pass that are {@link Analysis#quiet}. */
  private final Set<Integer> quiet = ConcurrentHashMap.newKeySet();

  /**
   * Whether the repository pass is over (or never ran), so that no input's whole text is needed
   * again once it is linted.
   */
  private volatile boolean repositoryDone;

  /**
   * One copy of each message and help text: most findings of a large run say what the same finding
   * says in another file, word for word.
   */
  private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();

  /** The results of linting each of {@code inputs} with the linter at the same index. */
  PerFileResults(List<Input> inputs, List<Linter> linters) {
    this.inputs = inputs;
    this.linters = linters;
    for (int i = 0; i < inputs.size(); i++) {
      Path file = inputs.get(i).file();
      if (file != null) {
        byFile.putIfAbsent(file, i);
      }
    }
  }

  /**
   * The parsed file for the repository pass, linted on its own first unless a pass took it; empty
   * when it is not an input or cannot be read.
   */
  @Override
  public Optional<ParseResult> of(Path file) {
    Integer i = byFile.get(file.normalize());
    if (i == null) {
      return Optional.empty();
    }
    SourceFile source = inputs.get(i).source();
    if (source == null) {
      return Optional.empty();
    }
    Linter linter = linters.get(i);
    ParseResult parsed = linter.parse(source);
    if (taken.add(i)) {
      findings.put(i, compact(linter.lint(parsed)));
    }
    // The repository pass holds the tree (and its text) while it needs it; the input keeps only
    // what the reports need.
    inputs.get(i).keep(findings.getOrDefault(i, List.of()));
    return Optional.of(parsed);
  }

  /** Whether {@code file} is an input the per-file pass linted and found {@link Analysis#quiet}. */
  @Override
  public boolean quiet(Path file) {
    Integer i = byFile.get(file);
    return i != null && quiet.contains(i);
  }

  /** The inputs no pass has taken yet, by index, in input order. */
  List<Integer> left() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (!taken.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Lints input {@code i} on its own unless a pass took it. */
  void lint(int i) {
    if (!taken.add(i)) {
      return;
    }
    SourceFile source = inputs.get(i).source();
    if (source == null) {
      return;
    }
    Linter linter = linters.get(i);
    ParseResult parsed = linter.parse(source);
    List<Diagnostic> found = compact(linter.lint(parsed));
    findings.put(i, found);
    boolean silent = Analysis.quiet(parsed);
    if (silent) {
      quiet.add(i);
    }
    if (silent || repositoryDone) {
      // A script that is not quiet, linted while the model loads, is parsed again by the
      // repository pass: it stays whole until then.
      inputs.get(i).keep(found);
    }
  }

  /** From now on, inputs are linted after the repository pass and need only their findings. */
  void repositoryDone() {
    repositoryDone = true;
  }

  /** {@code found} with one shared copy of each message and help text of the run. */
  @SuppressWarnings("ReferenceEquality") // whether the shared copy is this one: then d stays
  private List<Diagnostic> compact(List<Diagnostic> found) {
    List<Diagnostic> out = new ArrayList<>(found.size());
    for (Diagnostic d : found) {
      String message = shared(d.message());
      String help = d.help();
      String sharedHelp = help == null ? null : shared(help);
      out.add(
          message == d.message() && sharedHelp == help
              ? d
              : new Diagnostic(
                  d.ruleId(),
                  d.severity(),
                  d.path(),
                  d.span(),
                  message,
                  d.related(),
                  sharedHelp,
                  d.fix()));
    }
    return out;
  }

  private String shared(String text) {
    String known = texts.putIfAbsent(text, text);
    return known == null ? text : known;
  }

  /** Every input's findings, in input order. */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      out.addAll(findings.getOrDefault(i, List.of()));
    }
    return out;
  }
}
