package io.github.sievelint.condition;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Evaluates a Sieve match (RFC 5228 section 2.7.1, regex draft) of one key against one value, for
 * the comparators {@code i;ascii-casemap} and {@code i;octet}. Used on sample values to decide what
 * a test is true for.
 */
public final class StringMatch {

  private StringMatch() {}

  /** Whether the comparator is one this class understands. */
  public static boolean knownComparator(String comparator) {
    return comparator.equals("i;ascii-casemap") || comparator.equals("i;octet");
  }

  /** Whether the match type is one this class understands. */
  public static boolean knownMatchType(String matchType) {
    return switch (matchType) {
      case "is", "contains", "matches", "regex" -> true;
      default -> false;
    };
  }

  /**
   * Whether {@code key} matches {@code value}; false for an unknown match type or comparator, or a
   * regular expression that does not compile.
   */
  public static boolean matches(String matchType, String comparator, String key, String value) {
    boolean fold = comparator.equals("i;ascii-casemap");
    if (!fold && !comparator.equals("i;octet")) {
      return false;
    }
    String k = fold ? key.toLowerCase(Locale.ROOT) : key;
    String v = fold ? value.toLowerCase(Locale.ROOT) : value;
    return switch (matchType) {
      case "is" -> k.equals(v);
      case "contains" -> v.contains(k);
      case "matches" -> glob(k, 0, v, 0);
      case "regex" -> regex(key, value, fold);
      default -> false;
    };
  }

  /** Whether a {@code :matches} key holds an unescaped {@code *} or {@code ?}. */
  public static boolean hasWildcard(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /**
   * Longest expression and deepest group nesting run here: the JDK compiles and matches groups
   * recursively, so a deeper one could overflow the stack.
   */
  static final int MAX_REGEX_CHARS = 4096;

  static final int MAX_REGEX_GROUPS_DEEP = 64;

  /**
   * Characters the JDK may look at while matching one sample value. An expression that backtracks
   * catastrophically ({@code (a*)*b}) stops here instead of running for hours.
   */
  static final int MAX_REGEX_STEPS = 100_000;

  /**
   * Whether the expression {@code key} finds a match in {@code value}. An expression too long, too
   * deep or too slow to decide within the limits above counts as no match: the same answer as for
   * one that does not compile, so a guard written that way is not recognised as one.
   */
  private static boolean regex(String key, String value, boolean fold) {
    if (key.length() > MAX_REGEX_CHARS || groupDepth(key) > MAX_REGEX_GROUPS_DEEP) {
      return false;
    }
    try {
      int flags = fold ? Pattern.CASE_INSENSITIVE : 0;
      return Pattern.compile(key, flags).matcher(new Budgeted(value)).find();
    } catch (PatternSyntaxException | Budgeted.Exhausted e) {
      return false;
    }
  }

  /** How deep the groups of {@code re} nest, escapes and bracket expressions skipped roughly. */
  private static int groupDepth(String re) {
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return deepest;
  }

  /** A value that stops the matcher once it has read {@link #MAX_REGEX_STEPS} characters. */
  private static final class Budgeted implements CharSequence {
    /** Thrown through the matcher when the budget is spent. */
    static final class Exhausted extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Exhausted() {
        super("regex budget spent", null, false, false);
      }
    }

    private final String text;
    private int steps;

    Budgeted(String text) {
      this.text = text;
    }

    @Override
    public char charAt(int index) {
      if (++steps > MAX_REGEX_STEPS) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Glob match with backtracking on {@code *} only, iterative in the value. */
  private static boolean glob(String p, int pi, String v, int vi) {
    int starP = -1;
    int starV = -1;
    while (vi < v.length()) {
      if (pi < p.length()) {
        char c = p.charAt(pi);
        if (c == '*') {
          starP = pi++;
          starV = vi;
          continue;
        }
        if (c == '?') {
          pi++;
          vi++;
          continue;
        }
        if (c == '\\' && pi + 1 < p.length()) {
          if (p.charAt(pi + 1) == v.charAt(vi)) {
            pi += 2;
            vi++;
            continue;
          }
        } else if (c == v.charAt(vi)) {
          pi++;
          vi++;
          continue;
        }
      }
      if (starP < 0) {
        return false;
      }
      pi = starP + 1;
      vi = ++starV;
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }
}
