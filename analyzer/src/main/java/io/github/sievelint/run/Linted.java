package io.github.sievelint.run;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.source.SourceFile;
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
 */
public record Linted(
    List<Diagnostic> diagnostics,
    Map<String, SourceFile> sources,
    int filesChecked,
    List<String> errors,
    List<Failures.Failure> failures) {

  public Linted {
    diagnostics = List.copyOf(diagnostics);
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    errors = List.copyOf(errors);
    failures = List.copyOf(failures);
  }
}
