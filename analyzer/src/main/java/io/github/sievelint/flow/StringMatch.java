package io.github.sievelint.flow;

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

  private static boolean regex(String key, String value, boolean fold) {
    try {
      int flags = fold ? Pattern.CASE_INSENSITIVE : 0;
      return Pattern.compile(key, flags).matcher(value).find();
    } catch (PatternSyntaxException e) {
      return false;
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
