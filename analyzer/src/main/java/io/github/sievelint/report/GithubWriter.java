package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands, which GitHub turns into annotations on the pull request: {@code
 * ::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message}, most severe
 * first.
 *
 * <p>GitHub shows at most {@value #CAP} annotations of each kind (error, warning, notice) per step
 * (actions/toolkit, docs/problem-matchers.md, "Limitations"); the rest stay in the log only. When a
 * run goes past that cap, a notice saying so comes first, so that it is always shown.
 *
 * <p>Paths, messages and help go through {@link ControlChars#escape} before the workflow-command
 * escaping: the runner's log shows ANSI escapes as colours, and a line break in them would
 * otherwise look like the report's own. The {@code %0A} before {@code help:} is the only line break
 * an annotation gets.
 */
public final class GithubWriter implements ReportWriter {

  /** Annotations of one kind that GitHub shows per step. */
  public static final int CAP = 10;

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    List<Diagnostic> ordered = new ArrayList<>(input.diagnostics());
    ordered.sort(
        Comparator.comparingInt((Diagnostic d) -> -d.severity().rank())
            .thenComparing(Diagnostic.ORDER));
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    ordered.forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
    int hidden = 0;
    for (Map.Entry<Severity, Integer> e : counts.entrySet()) {
      // The summary notice itself takes one notice slot.
      int cap = e.getKey() == Severity.INFO ? CAP - 1 : CAP;
      hidden += Math.max(0, e.getValue() - cap);
    }
    if (hidden > 0) {
      out.append("::notice title=")
          .append(property("sievelint: annotations capped"))
          .append("::")
          .append(
              data(
                  Summary.line(input.diagnostics(), input.filesChecked())
                      + "; GitHub shows at most "
                      + CAP
                      + " errors, "
                      + CAP
                      + " warnings and "
                      + CAP
                      + " notices per step, so "
                      + hidden
                      + " findings are only in the log; write a SARIF report for all of them"))
          .append('\n');
    }
    for (Diagnostic d : ordered) {
      out.append("::")
          .append(command(d.severity()))
          .append(" file=")
          .append(property(ControlChars.escape(d.path())))
          .append(",line=")
          .append(Integer.toString(d.span().startLine()))
          .append(",col=")
          .append(Integer.toString(d.span().startColumn()))
          .append(",endLine=")
          .append(Integer.toString(d.span().endLine()))
          .append(",endColumn=")
          .append(Integer.toString(d.span().endColumn()))
          .append(",title=")
          .append(property("sievelint (" + ControlChars.escape(d.ruleId()) + ")"))
          .append("::")
          .append(data(message(d)))
          .append('\n');
    }
  }

  /** The message and, on a line of its own, the help, both with control characters escaped. */
  private static String message(Diagnostic d) {
    String help = d.help();
    String message = ControlChars.escape(d.message());
    return help == null ? message : message + "\nhelp: " + ControlChars.escape(help);
  }

  static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a command's message, as actions/toolkit's escapeData does. */
  public static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, as actions/toolkit's escapeProperty does. */
  public static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
