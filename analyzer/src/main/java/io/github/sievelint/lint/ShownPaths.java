package io.github.sievelint.lint;

import java.util.Collection;
import java.util.function.Function;

/**
 * Rewrites the files a repository finding's message names ({@code users/dave.sieve:4}, {@code
 * global/before.sieve line 6}, relative to the model) the way the report names files ({@code
 * examples/users/dave.sieve:4}, relative to where sievelint runs), so one report names one file one
 * way.
 */
final class ShownPaths {

  private ShownPaths() {}

  /**
   * {@code message} with each of {@code files} that it names written as {@code display} shows it.
   */
  static String of(String message, Collection<String> files, Function<String, String> display) {
    String out = message;
    for (String file : files) {
      if (!out.contains(file)) {
        continue;
      }
      String shown = display.apply(file);
      if (!shown.equals(file)) {
        out = replace(out, file, shown);
      }
    }
    return out;
  }

  /**
   * {@code text} with each whole occurrence of {@code file} that a position or a line number
   * follows ({@code file:4}, {@code file line 6}) replaced, not the tail of a longer path. By hand
   * rather than with a regular expression compiled per file: this runs for every finding of a large
   * repository checked from another folder.
   */
  private static String replace(String text, String file, String shown) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    for (int at = text.indexOf(file); at >= 0; at = text.indexOf(file, at + file.length())) {
      char before = at == 0 ? ' ' : text.charAt(at - 1);
      boolean starts = Character.isWhitespace(before) || before == '(' || before == ',';
      int end = at + file.length();
      if (starts && located(text, end)) {
        out.append(text, from, at).append(shown);
        from = end;
      }
    }
    return out.append(text, from, text.length()).toString();
  }

  /** Whether {@code :4} or {@code line 6} follows at {@code end}. */
  private static boolean located(String text, int end) {
    if (text.startsWith(":", end)) {
      return end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
    }
    return text.startsWith(" line ", end)
        && end + 6 < text.length()
        && Character.isDigit(text.charAt(end + 6));
  }
}
