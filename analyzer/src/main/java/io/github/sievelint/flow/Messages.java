package io.github.sievelint.flow;

import io.github.sievelint.ast.Node;
import io.github.sievelint.source.SourceFile;
import java.util.List;

/** How flow findings quote source and list things in messages. */
public final class Messages {

  private Messages() {}

  private static final int SNIPPET = 48;

  /** {@code a}, {@code a and b}, {@code a, b and c} (with {@code word} in place of "and"). */
  public static String join(List<String> parts, String word) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " "
        + word
        + " "
        + parts.get(parts.size() - 1);
  }

  /** The source of {@code node} on one line, shortened, for quoting inside backticks. */
  public static String snippet(SourceFile source, Node node) {
    // By hand rather than replaceAll("\\s+", " "): it stops after SNIPPET characters, however
    // large the node (a condition of a hostile script can be megabytes).
    String raw = source.slice(node.span());
    StringBuilder out = new StringBuilder(Math.min(raw.length(), SNIPPET + 1));
    boolean space = false;
    for (int i = 0; i < raw.length() && out.length() <= SNIPPET; i++) {
      char c = raw.charAt(i);
      if (isRegexSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    String text = out.toString().trim();
    if (text.length() > SNIPPET) {
      text = text.substring(0, boundary(text, SNIPPET - 4)).trim() + " ...";
    }
    return text;
  }

  /**
   * Where to cut {@code text} at or before {@code limit} so that no word and no quoted string is
   * cut in two (a cut {@code ["bulk", "li} misleads): after the last space, comma or opening
   * bracket outside quotes; {@code limit} itself when there is none.
   */
  private static int boundary(String text, int limit) {
    int best = -1;
    boolean quoted = false;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
          best = i + 1;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ' ' || c == ',' || c == '(' || c == '[') {
        best = i + 1;
      }
    }
    return best > 0 ? best : limit;
  }

  /** The characters of {@code \\s} in a Java regex without flags. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
