package io.github.sievelint.lint;

import io.github.sievelint.source.Span;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One finding: which rule, how severe, where, what, and the related locations that explain it.
 * {@code help} is a one-line fix when the rule can say one.
 */
public record Diagnostic(
    String ruleId,
    Severity severity,
    String path,
    Span span,
    String message,
    List<Related> related,
    @Nullable String help) {

  /** Report order: file, line, column, rule, then message for full determinism. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(d -> d.span().startLine())
          .thenComparingInt(d -> d.span().startColumn())
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    related = List.copyOf(related);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(ruleId, newSeverity, path, span, message, related, help);
  }

  /** The same finding shown at another path (a repository file under its display path). */
  public Diagnostic withPath(String newPath) {
    return new Diagnostic(ruleId, severity, newPath, span, message, related, help);
  }
}
