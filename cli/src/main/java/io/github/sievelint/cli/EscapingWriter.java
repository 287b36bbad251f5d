package io.github.sievelint.cli;

import io.github.sievelint.report.ControlChars;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Standard error as the command line writes it: every message may quote a file name or a script's
 * text, so control characters other than line feeds and tabs are written escaped ({@code \x1b}), as
 * in the text report, and can never recolour or rewrite the user's terminal.
 */
final class EscapingWriter extends FilterWriter {

  EscapingWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (c != '\n' && c != '\t' && ControlChars.isControl(c)) {
      out.write(ControlChars.escape(String.valueOf((char) c)));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    write(new String(buffer, offset, length), 0, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    int end = offset + length;
    int plain = offset;
    for (int i = offset; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\t' && ControlChars.isControl(c)) {
        out.write(text, plain, i - plain);
        write(c);
        plain = i + 1;
      }
    }
    out.write(text, plain, end - plain);
  }
}
