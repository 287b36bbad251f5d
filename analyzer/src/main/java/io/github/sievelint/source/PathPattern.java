package io.github.sievelint.source;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users write them in {@code includes} and {@code excludes}:
 * {@code *} and {@code ?} stay within one folder, {@code **} crosses folders, {@code **}{@code /}
 * also matches no folder at all (so {@code **}{@code /*.sieve} matches {@code a.sieve}), and a
 * trailing {@code /} means everything below that folder. Paths are matched with {@code /}.
 */
public final class PathPattern {

  private final String text;
  private final Pattern regex;

  private PathPattern(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
  }

  /**
   * Compiles {@code pattern}; backslashes count as {@code /} and a leading {@code /} is dropped.
   */
  public static PathPattern of(String pattern) {
    String p = pattern.trim().replace('\\', '/');
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.endsWith("/")) {
      p = p + "**";
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (p.startsWith("**/", i)) {
        out.append("(?:.*/)?");
        i += 3;
      } else if (p.startsWith("**", i)) {
        out.append(".*");
        i += 2;
      } else if (c == '*') {
        out.append("[^/]*");
        i++;
      } else if (c == '?') {
        out.append("[^/]");
        i++;
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return new PathPattern(pattern, Pattern.compile(out.toString()));
  }

  /** Whether {@code relativePath} (folders separated by {@code /}) matches. */
  public boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
