package io.github.sievelint.run;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.source.SourceText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What linting gave.
 *
 * @param diagnostics every finding, before the baseline
 * @param sources the linted scripts by display path, for report snippets
 * @param filesChecked how many scripts were linted
 * @param errors problems that did not stop the run but make it fail: a missing path, an unreadable
 *     file
 * @param failures the internal errors contained (each also an {@code internal-error} finding among
 *     {@code diagnostics}): the run failed, but only the failed units are missing
 * @param notes info lines for standard error or the build log (no model was found)
 * @param snippets files that findings point into but that were not linted (the other steps of a
 *     cycle, in a partial run), by display path: for report snippets only, so that the baseline
 *     does not count them as linted
 */
public record Linted(
    List<Diagnostic> diagnostics,
    Map<String, SourceText> sources,
    int filesChecked,
    List<String> errors,
    List<Failures.Failure> failures,
    List<String> notes,
    Map<String, SourceText> snippets) {

  /** A result without notes or snippet-only files. */
  public Linted(
      List<Diagnostic> diagnostics,
      Map<String, SourceText> sources,
      int filesChecked,
      List<String> errors,
      List<Failures.Failure> failures) {
    this(diagnostics, sources, filesChecked, errors, failures, List.of(), Map.of());
  }

  public Linted {
    diagnostics = List.copyOf(diagnostics);
    notes = List.copyOf(notes);
    snippets = Collections.unmodifiableMap(new LinkedHashMap<>(snippets));
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    errors = List.copyOf(errors);
    failures = List.copyOf(failures);
  }
}
