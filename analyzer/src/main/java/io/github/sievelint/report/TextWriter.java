package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.SourceText;
import io.github.sievelint.source.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The default human-readable report in the style of rustc and ruff: the header, the location, the
 * source line with a gutter, carets under the exact span, related locations, a help line.
 *
 * <p>Every piece of text that comes from a script or a file (messages, help, paths, source lines,
 * related labels) goes through {@link ControlChars#escape}; the only control characters written are
 * the report's own line feeds and, with colour on, its own SGR codes.
 */
public final class TextWriter implements ReportWriter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String CYAN = "\u001b[1;36m";
  private static final String BLUE = "\u001b[1;34m";

  private final boolean color;
  private final boolean summary;

  public TextWriter(boolean color) {
    this(color, true);
  }

  /** {@code summary} false leaves out the closing summary line ({@code --quiet}). */
  public TextWriter(boolean color, boolean summary) {
    this.color = color;
    this.summary = summary;
  }

  /** Longest part of a source line shown in a snippet (UTF-16 units), around the span. */
  static final int MAX_SHOWN = 240;

  /** Findings formatted together by one thread. */
  private static final int CHUNK = 512;

  /** Chunks formatted side by side before they are written, which bounds the memory held. */
  private static final int WINDOW = 32;

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    // Findings are formatted in chunks, side by side (on the caller's fork-join pool, else the
    // common one; a large repository has hundreds of thousands of findings, each with its
    // snippet), and handed over in order in large pieces: a print writer locks on every append.
    List<Diagnostic> all = input.diagnostics();
    int chunks = (all.size() + CHUNK - 1) / CHUNK;
    for (int first = 0; first < chunks; first += WINDOW) {
      int from = first;
      String[] parts = new String[Math.min(WINDOW, chunks - first)];
      IntStream.range(0, parts.length)
          .parallel()
          .forEach(i -> parts[i] = format(input, all, (from + i) * CHUNK));
      for (String part : parts) {
        out.append(part);
      }
    }
    if (summary) {
      out.append(paint(BOLD, Summary.line(all, input.filesChecked()))).append('\n');
    }
  }

  /** The findings of the chunk that starts at {@code start}, each followed by a blank line. */
  private String format(ReportInput input, List<Diagnostic> all, int start) {
    StringBuilder buffer = new StringBuilder(CHUNK * 256);
    try {
      for (Diagnostic d : all.subList(start, Math.min(all.size(), start + CHUNK))) {
        writeOne(input, d, buffer);
        buffer.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return buffer.toString();
  }

  private void writeOne(ReportInput input, Diagnostic d, Appendable out) throws IOException {
    out.append(
            paint(
                severityColor(d.severity()),
                d.severity().label() + "[" + ControlChars.escape(d.ruleId()) + "]"))
        .append(paint(BOLD, ": " + ControlChars.escape(d.message())))
        .append('\n');
    Span span = d.span();
    String width = " ".repeat(gutterWidth(d));
    out.append(width)
        .append(paint(BLUE, "--> "))
        .append(ControlChars.escape(d.path()))
        .append(':')
        .append(Integer.toString(span.startLine()))
        .append(':')
        .append(Integer.toString(span.startColumn()))
        .append('\n');
    Optional<SourceText> source = input.source(d.path());
    if (source.isPresent()) {
      snippet(source.get(), span, width, '^', severityColor(d.severity()), "", out);
    }
    for (Related related : d.related()) {
      out.append(width)
          .append(paint(BLUE, "::: "))
          .append(ControlChars.escape(related.path()))
          .append(':')
          .append(Integer.toString(related.span().startLine()))
          .append(':')
          .append(Integer.toString(related.span().startColumn()))
          .append('\n');
      Optional<SourceText> other = input.source(related.path());
      if (other.isPresent()) {
        snippet(other.get(), related.span(), width, '-', BLUE, related.message(), out);
      } else {
        out.append(width)
            .append(paint(BLUE, " = "))
            .append(ControlChars.escape(related.message()))
            .append('\n');
      }
    }
    String help = d.help();
    if (help != null) {
      out.append(width).append(paint(BLUE, " = ")).append(paint(BOLD, "help")).append(": ");
      out.append(ControlChars.escape(help)).append('\n');
    }
  }

  private void snippet(
      SourceText source,
      Span span,
      String width,
      char mark,
      String markColor,
      String label,
      Appendable out)
      throws IOException {
    int line = span.startLine();
    String whole = source.lineText(line);
    int start = Math.min(span.startColumn() - 1, whole.length());
    int end =
        span.endLine() == line ? Math.min(span.endColumn() - 1, whole.length()) : whole.length();
    // A long line (generated scripts, binary files) is shown as a window around the span, so that
    // a report never repeats megabytes of one line for each finding on it.
    int first = 0;
    int last = whole.length();
    if (whole.length() > MAX_SHOWN) {
      first = Math.max(0, start - MAX_SHOWN / 4);
      last = Math.min(whole.length(), first + MAX_SHOWN);
      if (first > 0 && Character.isLowSurrogate(whole.charAt(first))) {
        first--;
      }
      if (last < whole.length() && Character.isLowSurrogate(whole.charAt(last))) {
        last++;
      }
    }
    String before = first > 0 ? "..." : "";
    String raw = whole.substring(first, last);
    String expanded = expandTabs(raw, raw.length());
    String shown = before + ControlChars.escape(expanded) + (last < whole.length() ? "..." : "");
    int from = before.length() + shownColumn(raw, expanded, Math.max(0, start - first));
    int rawEnd = Math.max(0, Math.min(end, last) - first);
    int to = before.length() + shownColumn(raw, expanded, Math.max(rawEnd, start - first));
    int count = Math.max(1, to - from);
    String number = Integer.toString(line);
    out.append(width).append(paint(BLUE, " |")).append('\n');
    out.append(" ".repeat(width.length() - number.length()))
        .append(paint(BLUE, number + " |"))
        .append(shown.isEmpty() ? "" : " " + shown)
        .append('\n');
    out.append(width)
        .append(paint(BLUE, " |"))
        .append(' ')
        .append(" ".repeat(from))
        .append(
            paint(
                markColor,
                String.valueOf(mark).repeat(count)
                    + (label.isEmpty() ? "" : " " + ControlChars.escape(label))))
        .append('\n');
  }

  private static int gutterWidth(Diagnostic d) {
    int max = d.span().startLine();
    for (Related r : d.related()) {
      max = Math.max(max, r.span().startLine());
    }
    return Integer.toString(max).length() + 1;
  }

  /**
   * Where index {@code column} of the {@code raw} line stands in the line as shown: tabs expanded
   * ({@code expanded} is the whole line so), then control characters escaped.
   */
  private static int shownColumn(String raw, String expanded, int column) {
    return ControlChars.escapedColumn(expanded, expandTabs(raw, column).length());
  }

  /** Tabs shown as four spaces, so that carets line up whatever the terminal's tab stops. */
  private static String expandTabs(String text, int upTo) {
    return text.substring(0, Math.max(0, upTo)).replace("\t", "    ");
  }

  private static String severityColor(Severity severity) {
    return switch (severity) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> CYAN;
    };
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
