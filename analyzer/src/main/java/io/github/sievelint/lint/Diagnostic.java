package io.github.sievelint.lint;

import io.github.sievelint.source.Span;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One finding: which rule, how severe, where, what, and the related locations that explain it.
 * {@code help} is a one-line fix when the rule can say one; {@code fix} the edits that make it,
 * when the rule can make them ({@link Fix}).
 */
public record Diagnostic(
    String ruleId,
    Severity severity,
    String path,
    Span span,
    String message,
    List<Related> related,
    @Nullable String help,
    @Nullable Fix fix) {

  /** Report order: file, line, column, rule, then message for full determinism. */
  public static final Comparator<Diagnostic> ORDER = Diagnostic::compareInOrder;

  /**
   * By path, line, column, rule and message. Written out rather than chained comparators: every
   * file's findings and every report are sorted with it, and C1 does not inline the chain.
   */
  private static int compareInOrder(Diagnostic a, Diagnostic b) {
    int c = a.path.compareTo(b.path);
    if (c == 0) {
      c = Integer.compare(a.span.startLine(), b.span.startLine());
    }
    if (c == 0) {
      c = Integer.compare(a.span.startColumn(), b.span.startColumn());
    }
    if (c == 0) {
      c = a.ruleId.compareTo(b.ruleId);
    }
    if (c == 0) {
      c = a.message.compareTo(b.message);
    }
    return c;
  }

  public Diagnostic {
    related = List.copyOf(related);
  }

  /** A finding without a fix. */
  public Diagnostic(
      String ruleId,
      Severity severity,
      String path,
      Span span,
      String message,
      List<Related> related,
      @Nullable String help) {
    this(ruleId, severity, path, span, message, related, help, null);
  }

  /** The same finding carrying {@code newFix}. */
  public Diagnostic withFix(@Nullable Fix newFix) {
    return new Diagnostic(ruleId, severity, path, span, message, related, help, newFix);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(ruleId, newSeverity, path, span, message, related, help, fix);
  }

  /** The same finding shown at another path (a repository file under its display path). */
  public Diagnostic withPath(String newPath) {
    return new Diagnostic(ruleId, severity, newPath, span, message, related, help, fix);
  }
}
