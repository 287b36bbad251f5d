package io.github.sievelint.fuzz;

import net.jqwik.api.SampleReportingFormat;

/**
 * Shows a {@code byte[]} sample (a script) as text in quotes, with {@code \n}, {@code \r}, {@code
 * \t}, {@code \\}, {@code \"} and {@code \xNN} for every other control and non-ASCII byte, instead
 * of a list of numbers; long scripts keep their start and end.
 */
public final class BytesReportingFormat implements SampleReportingFormat {

  private static final int HEAD = 600;
  private static final int TAIL = 200;

  @Override
  public boolean appliesTo(Object value) {
    return value instanceof byte[];
  }

  @Override
  public Object report(Object value) {
    return SampleReportingFormat.plainLabel(show((byte[]) value));
  }

  @Override
  public int priority() {
    return 10;
  }

  /** {@code bytes} as a quoted, escaped string. */
  static String show(byte[] bytes) {
    StringBuilder s = new StringBuilder("\"");
    if (bytes.length <= HEAD + TAIL) {
      escape(bytes, 0, bytes.length, s);
    } else {
      escape(bytes, 0, HEAD, s);
      s.append("\" ... (").append(bytes.length).append(" bytes in all) ... \"");
      escape(bytes, bytes.length - TAIL, bytes.length, s);
    }
    return s.append('"').toString();
  }

  private static void escape(byte[] bytes, int from, int to, StringBuilder s) {
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      switch (b) {
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        case '\\' -> s.append("\\\\");
        case '"' -> s.append("\\\"");
        default -> {
          if (b < 0x20 || b >= 0x7f) {
            s.append(String.format("\\x%02X", b));
          } else {
            s.append((char) b);
          }
        }
      }
    }
  }
}
