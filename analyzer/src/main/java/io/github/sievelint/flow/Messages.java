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
    String text = source.slice(node.span()).replaceAll("\\s+", " ").trim();
    if (text.length() > SNIPPET) {
      text = text.substring(0, SNIPPET - 3).trim() + "...";
    }
    return text;
  }
}
