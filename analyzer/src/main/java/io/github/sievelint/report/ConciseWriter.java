package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.source.Span;
import java.io.IOException;

/**
 * {@code path:line:col: severity: message [rule-id]}, one line a finding, as gcc writes. Paths,
 * messages and rule ids go through {@link ControlChars#escape}, so a line break or a terminal
 * escape in them shows as {@code \x0a} or {@code \x1b} and every finding stays on its own line.
 */
public final class ConciseWriter implements ReportWriter {

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    for (Diagnostic d : input.diagnostics()) {
      out.append(line(d, true)).append('\n');
    }
  }

  /**
   * One finding on one line: {@code path:line:col: severity: message [rule-id]}, or without the
   * severity for a log that shows it already (the Maven plugin logs each finding at its level).
   */
  public static String line(Diagnostic d, boolean withSeverity) {
    return location(d.path(), d.span())
        + ": "
        + (withSeverity ? d.severity().label() + ": " : "")
        + ControlChars.escape(d.message())
        + " ["
        + ControlChars.escape(d.ruleId())
        + "]";
  }

  /** A related location of a finding on one line: {@code path:line:col: message}. */
  public static String line(Related related) {
    return location(related.path(), related.span()) + ": " + ControlChars.escape(related.message());
  }

  /** {@code path:line:col}, the form editors and IDE consoles turn into a link. */
  public static String location(String path, Span span) {
    return ControlChars.escape(path) + ":" + span.startLine() + ":" + span.startColumn();
  }
}
