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
      findings.put(i, linter.lint(parsed));
    }
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
    findings.put(i, linter.lint(parsed));
    if (Analysis.quiet(parsed)) {
      quiet.add(i);
    }
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
