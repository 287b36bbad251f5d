package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import java.io.IOException;

/** {@code path:line:col: severity: message [rule-id]}, one line a finding, as gcc writes. */
public final class ConciseWriter implements ReportWriter {

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    for (Diagnostic d : input.diagnostics()) {
      out.append(d.path())
          .append(':')
          .append(Integer.toString(d.span().startLine()))
          .append(':')
          .append(Integer.toString(d.span().startColumn()))
          .append(": ")
          .append(d.severity().label())
          .append(": ")
          .append(oneLine(d.message()))
          .append(" [")
          .append(d.ruleId())
          .append("]\n");
    }
  }

  static String oneLine(String text) {
    return text.replace("\r", "\\r").replace("\n", "\\n");
  }
}
