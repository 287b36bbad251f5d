package io.github.sievelint.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The variable references in a string value ({@code ${name}}, RFC 5229 section 3). */
public final class VariableRefs {

  private VariableRefs() {}

  /**
   * One {@code ${...}} reference: its name in lower case, namespace and offsets in the value, and
   * the text between the braces as written ({@code text}).
   */
  public record Ref(String name, String namespace, int start, int end, String text) {
    public boolean numeric() {
      return Character.isDigit(name.charAt(0));
    }

    public boolean namespaced() {
      return !namespace.isEmpty();
    }
  }

  /**
   * The references in {@code value}, in order: {@code ${name}}, {@code ${ns.name}} or {@code ${1}}
   * (RFC 5229 section 3), as the pattern {@code \\$\\{((?:ID\\.)*)(ID|DIGITS)\\}} would find them.
   * Scanned by hand, not with that pattern: the JDK matches a repeated group recursively, one stack
   * frame per {@code ID.}, so a long dotted name in a script would overflow the stack.
   */
  public static List<Ref> refs(String value) {
    List<Ref> out = new ArrayList<>();
    int from = value.indexOf("${");
    while (from >= 0) {
      int end = refEnd(value, from + 2);
      if (end < 0) {
        from = value.indexOf("${", from + 1);
        continue;
      }
      String text = value.substring(from + 2, end - 1);
      int dot = text.lastIndexOf('.');
      out.add(
          new Ref(
              text.substring(dot + 1).toLowerCase(Locale.ROOT),
              dot < 0 ? "" : text.substring(0, dot).toLowerCase(Locale.ROOT),
              from,
              end,
              text));
      from = value.indexOf("${", end);
    }
    return out;
  }

  /** Whether {@code value} holds a reference {@link #refs} would find. */
  public static boolean hasRef(String value) {
    for (int from = value.indexOf("${"); from >= 0; from = value.indexOf("${", from + 1)) {
      if (refEnd(value, from + 2) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the reference whose name starts at {@code i} ends (just after its '}'), or -1 when the
   * text there is not a name: identifiers joined by '.', the last one possibly all digits, then
   * '}'.
   */
  private static int refEnd(String value, int i) {
    while (true) {
      int start = i;
      boolean digits = i < value.length() && isDigit(value.charAt(i));
      if (digits) {
        while (i < value.length() && isDigit(value.charAt(i))) {
          i++;
        }
        // A part of digits only ends the name.
        return i < value.length() && value.charAt(i) == '}' ? i + 1 : -1;
      }
      if (i >= value.length() || !isIdentifierStart(value.charAt(i))) {
        return -1;
      }
      while (i < value.length() && isIdentifierPart(value.charAt(i))) {
        i++;
      }
      if (i >= value.length() || i == start) {
        return -1;
      }
      char next = value.charAt(i);
      if (next == '}') {
        return i + 1;
      }
      if (next != '.') {
        return -1;
      }
      i++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }
}
