package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report needs: the findings in report order, the sources for snippets, the rule
 * metadata and the run's facts.
 */
public record ReportInput(
    List<Diagnostic> diagnostics,
    Map<String, SourceFile> sources,
    RuleRegistry registry,
    String toolVersion,
    int filesChecked) {

  public ReportInput {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    diagnostics = List.copyOf(sorted);
    sources = Map.copyOf(sources);
  }

  public Optional<SourceFile> source(String path) {
    return Optional.ofNullable(sources.get(path));
  }
}
