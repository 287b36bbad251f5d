package io.github.sievelint.spec;

import java.util.Collection;
import java.util.List;
import java.util.function.ToIntBiFunction;
import org.jspecify.annotations.Nullable;

/** Suggestions for misspelt names: the closest known name within a small edit distance. */
public final class Names {

  private Names() {}

  /** The candidate closest to {@code name}, if one is at most two edits away. */
  public static @Nullable String closest(String name, Collection<String> candidates) {
    return nearest(name, candidates, Names::distance);
  }

  private static @Nullable String nearest(
      String name, Collection<String> candidates, ToIntBiFunction<String, String> metric) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = metric.applyAsInt(name, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    int limit = name.length() <= 4 ? 1 : 2;
    return bestDistance <= limit ? best : null;
  }

  /**
   * {@code (did you mean 'dovecot-2.4'?)} for a misspelt {@code name} of {@code candidates}
   * (compared in lower case), or the empty string when none is close.
   */
  public static String didYouMean(String name, Collection<String> candidates) {
    String hint = suggest(name.trim().toLowerCase(java.util.Locale.ROOT), candidates);
    return hint == null ? "" : " (did you mean '" + hint + "'?)";
  }

  /**
   * The suggestion for a misspelt setting or rule id, more lenient than {@link #closest}: a swap of
   * two neighbouring letters counts as one edit ({@code lsit}), and a name that shares its first
   * half (at least four letters) with exactly one candidate suggests it ({@code minSecs}).
   */
  public static @Nullable String suggest(String name, Collection<String> candidates) {
    String near = nearest(name, candidates, Names::swapDistance);
    if (near != null) {
      return near;
    }
    int prefix = Math.max(4, (name.length() + 1) / 2);
    if (name.length() < prefix) {
      return null;
    }
    String start = name.substring(0, prefix);
    List<String> sharing = candidates.stream().filter(c -> c.startsWith(start)).toList();
    return sharing.size() == 1 ? sharing.get(0) : null;
  }

  /** Levenshtein distance where swapping two neighbouring characters is one edit. */
  private static int swapDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
