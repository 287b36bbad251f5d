package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a report needs: the findings in report order, the sources for snippets, the rule
 * metadata and the run's facts; {@code fixed} is how many fixes a {@code --fix} run applied before
 * these findings (which remain) were found.
 */
public record ReportInput(
    List<Diagnostic> diagnostics,
    Map<String, SourceText> sources,
    RuleRegistry registry,
    String toolVersion,
    int filesChecked,
    int fixed) {

  /** The report of a run that fixed nothing. */
  public ReportInput(
      List<Diagnostic> diagnostics,
      Map<String, SourceText> sources,
      RuleRegistry registry,
      String toolVersion,
      int filesChecked) {
    this(diagnostics, sources, registry, toolVersion, filesChecked, 0);
  }

  /** The same report after {@code count} fixes were applied. */
  public ReportInput withFixed(int count) {
    return new ReportInput(diagnostics, sources, registry, toolVersion, filesChecked, count);
  }

  public ReportInput {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    diagnostics = List.copyOf(sorted);
    sources = Map.copyOf(sources);
  }

  /** Every checked file (and every file with a finding) in order, each with its findings. */
  public Map<String, List<Diagnostic>> byFile() {
    Map<String, List<Diagnostic>> out = new TreeMap<>();
    sources.keySet().forEach(f -> out.put(f, new ArrayList<>()));
    diagnostics.forEach(d -> out.computeIfAbsent(d.path(), k -> new ArrayList<>()).add(d));
    return out;
  }

  public Optional<SourceText> source(String path) {
    return Optional.ofNullable(sources.get(path));
  }
}
