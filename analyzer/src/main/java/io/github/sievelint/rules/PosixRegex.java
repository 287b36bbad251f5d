package io.github.sievelint.rules;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A syntax check of POSIX extended regular expressions, as regcomp(3) with REG_EXTENDED (glibc)
 * compiles them for the Sieve regex extension. It never runs an expression.
 */
final class PosixRegex {

  /**
   * glibc's RE_DUP_MAX. POSIX only guarantees 255, but Pigeonhole on glibc compiles larger bounds,
   * and this check must not reject what the server accepts.
   */
  static final int DUP_MAX = 0x7fff;

  private static final Set<String> CLASSES =
      Set.of(
          "alpha", "upper", "lower", "digit", "xdigit", "space", "print", "punct", "graph", "cntrl",
          "blank", "alnum");

  private final String re;
  private int pos;

  private PosixRegex(String re) {
    this.re = re;
  }

  /** Why {@code re} does not compile, or null when it does. */
  static @Nullable String problem(String re) {
    return new PosixRegex(re).parse();
  }

  private @Nullable String parse() {
    Deque<Integer> open = new ArrayDeque<>();
    BitSet closed = new BitSet();
    int groups = 0;
    boolean atom = false;
    while (pos < re.length()) {
      char c = re.charAt(pos);
      switch (c) {
        case '\\' -> {
          if (pos + 1 >= re.length()) {
            return "trailing backslash";
          }
          char d = re.charAt(pos + 1);
          if (d >= '1' && d <= '9' && !closed.get(d - '0')) {
            return "back reference \\" + d + " to a group that is not closed before it";
          }
          pos += 2;
          atom = true;
        }
        case '(' -> {
          open.push(++groups);
          pos++;
          atom = false;
        }
        case ')' -> {
          // glibc takes an unmatched ')' as a literal (RE_UNMATCHED_RIGHT_PAREN_ORD).
          if (!open.isEmpty()) {
            closed.set(open.pop());
          }
          pos++;
          atom = true;
        }
        case '|', '^', '$' -> {
          pos++;
          atom = false;
        }
        case '*', '+', '?' -> {
          if (!atom) {
            return "nothing to repeat before '" + c + "' at offset " + pos;
          }
          pos++;
        }
        case '{' -> {
          if (!atom) {
            return "nothing to repeat before '{' at offset " + pos;
          }
          String p = interval();
          if (p != null) {
            return p;
          }
        }
        case '[' -> {
          String p = bracket();
          if (p != null) {
            return p;
          }
          atom = true;
        }
        default -> {
          pos++;
          atom = true;
        }
      }
    }
    if (!open.isEmpty()) {
      return "unmatched '('";
    }
    return null;
  }

  /** Parses "{m}", "{m,}", "{m,n}" or "{,n}" at {@code pos}. */
  private @Nullable String interval() {
    int start = pos;
    pos++;
    int min = number();
    int max = min;
    if (pos < re.length() && re.charAt(pos) == ',') {
      pos++;
      max = number();
      if (min < 0) {
        min = 0;
      }
      if (max < 0) {
        max = Integer.MAX_VALUE;
      }
    }
    if (pos >= re.length()) {
      return "unterminated interval '" + re.substring(start) + "'";
    }
    if (re.charAt(pos) != '}' || min < 0) {
      return "invalid interval at offset " + start;
    }
    pos++;
    if (min > DUP_MAX || (max != Integer.MAX_VALUE && max > DUP_MAX)) {
      return "interval bound above " + DUP_MAX + " (RE_DUP_MAX) at offset " + start;
    }
    if (max < min) {
      return "interval '" + re.substring(start, pos) + "' has its minimum above its maximum";
    }
    return null;
  }

  /** A decimal number at {@code pos}, capped to stay in range; -1 when there is none. */
  private int number() {
    int value = -1;
    while (pos < re.length() && Character.isDigit(re.charAt(pos)) && re.charAt(pos) < 128) {
      value = Math.min(100_000, Math.max(0, value) * 10 + (re.charAt(pos) - '0'));
      pos++;
    }
    return value;
  }

  /** Parses a bracket expression starting at the '[' at {@code pos}. */
  private @Nullable String bracket() {
    int start = pos;
    pos++;
    if (pos < re.length() && re.charAt(pos) == '^') {
      pos++;
    }
    boolean first = true;
    while (pos < re.length()) {
      char c = re.charAt(pos);
      if (c == ']' && !first) {
        pos++;
        return null;
      }
      if (c == '-' && !first && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
        // glibc: a '-' that neither starts nor ends the list can only be a range end.
        return "invalid range end at '-' in the bracket expression at offset " + start;
      }
      first = false;
      int low;
      if (c == '[' && pos + 1 < re.length() && ":=.".indexOf(re.charAt(pos + 1)) >= 0) {
        char kind = re.charAt(pos + 1);
        int end = re.indexOf(kind + "]", pos + 2);
        if (end < 0) {
          return "unterminated '[" + kind + "' in the bracket expression at offset " + start;
        }
        String name = re.substring(pos + 2, end);
        pos = end + 2;
        if (kind == ':') {
          if (!CLASSES.contains(name)) {
            return "unknown character class '[:" + name + ":]'";
          }
          continue; // a class cannot start a range
        }
        if (name.codePointCount(0, name.length()) != 1) {
          return "invalid collating element '[" + kind + name + kind + "]'";
        }
        if (kind == '=') {
          continue;
        }
        low = name.codePointAt(0);
      } else {
        low = re.codePointAt(pos);
        pos += Character.charCount(low);
      }
      if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
        pos++;
        int high;
        if (re.startsWith("[.", pos)) {
          int end = re.indexOf(".]", pos + 2);
          if (end < 0) {
            return "unterminated '[.' in the bracket expression at offset " + start;
          }
          String name = re.substring(pos + 2, end);
          if (name.codePointCount(0, name.length()) != 1) {
            return "invalid collating element '[." + name + ".]'";
          }
          high = name.codePointAt(0);
          pos = end + 2;
        } else if (re.startsWith("[:", pos) || re.startsWith("[=", pos)) {
          return "a character class cannot end a range in the bracket expression at offset "
              + start;
        } else {
          high = re.codePointAt(pos);
          pos += Character.charCount(high);
        }
        if (high < low) {
          return "range '"
              + new String(Character.toChars(low))
              + "-"
              + new String(Character.toChars(high))
              + "' is out of order";
        }
      }
    }
    return "unmatched '[' at offset " + start;
  }
}
