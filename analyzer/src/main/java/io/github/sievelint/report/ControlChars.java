package io.github.sievelint.report;

/**
 * Control characters made visible for the terminal and line formats (text, concise, GitHub workflow
 * commands), so that a script cannot recolour, move the cursor in or rewrite the terminal of
 * whoever lints it, nor reorder what the report shows.
 *
 * <p>{@link #escape} replaces every character for which {@link #isControl} holds: the C0 controls
 * U+0000 to U+001F except the tab (line feed and carriage return included), DEL U+007F, the C1
 * controls U+0080 to U+009F, the line and paragraph separators U+2028 and U+2029, and the bidi
 * controls of "Trojan source" (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069). A code point
 * below U+0100 becomes {@code \xHH} and any other <code>&#92;u{HHHH}</code>, in lower-case hex:
 * {@code \x1b}, {@code \x0a}, {@code \x85}, <code>&#92;u{202e}</code>. A plain tab stays a tab.
 *
 * <p>The escape is for people to read, not to be undone: a backslash already in the text stays as
 * it is, so {@code \x1b} in the output may stand for the escape character or for those four
 * characters in the script.
 */
public final class ControlChars {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ControlChars() {}

  /** Whether {@link #escape} replaces {@code c}. */
  public static boolean isControl(int c) {
    if (c < 0xA0) {
      return (c < 0x20 && c != '\t') || c >= 0x7F;
    }
    return c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * {@code text} with every control character (see the class comment) written as a visible escape;
   * {@code text} itself when it has none.
   */
  public static String escape(String text) {
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        out.append(c);
      } else if (c < 0x100) {
        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        out.append("\\u{")
            .append(HEX[c >> 12])
            .append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF])
            .append(HEX[c & 0xF])
            .append('}');
      }
    }
    return out.toString();
  }

  /**
   * Where index {@code column} of {@code text} lands in {@link #escape escape(text)}: {@code
   * column} plus what the escapes before it add. A column past the end keeps its distance from the
   * end, so that a caret just after the last character stays just after it.
   */
  public static int escapedColumn(String text, int column) {
    int shown = column;
    int end = Math.min(column, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        shown += width(c) - 1;
      }
    }
    return shown;
  }

  /** The length of the escape of control character {@code c}. */
  private static int width(char c) {
    return c < 0x100 ? "\\xhh".length() : "\\u{hhhh}".length();
  }

  /** The index of the first control character of {@code text}, or -1. */
  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
