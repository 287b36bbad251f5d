package io.github.sievelint.lint;

import java.util.Collection;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
      if (shown.equals(file)) {
        continue;
      }
      // Only a whole path that a position or a line number follows: not the tail of a longer one.
      out =
          Pattern.compile("(?<![^\\s(,])" + Pattern.quote(file) + "(?=:\\d| line \\d)")
              .matcher(out)
              .replaceAll(Matcher.quoteReplacement(shown));
    }
    return out;
  }
}
