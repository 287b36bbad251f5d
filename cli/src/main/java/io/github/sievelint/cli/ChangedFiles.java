package io.github.sievelint.cli;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.run.ScriptFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hook mode ({@code check --changed}): the files a commit changes and which findings touch them. A
 * finding touches a file when its location or any of its related locations is in it, so a redirect
 * cycle closed by a changed script is reported even though the other scripts of the cycle did not
 * change.
 */
final class ChangedFiles {

  private final Set<String> paths;

  /**
   * {@code paths} are the changed files as reports show them ({@link
   * io.github.sievelint.run.CheckRun#displayPath}).
   */
  ChangedFiles(Set<String> paths) {
    this.paths = Set.copyOf(paths);
  }

  /** The changed files, as reports show them. */
  Set<String> paths() {
    return paths;
  }

  /** Whether {@code diagnostic} is located in a changed file, or relates to one. */
  boolean touches(Diagnostic diagnostic) {
    if (paths.contains(diagnostic.path())) {
      return true;
    }
    for (Related related : diagnostic.related()) {
      if (paths.contains(related.path())) {
        return true;
      }
    }
    return false;
  }

  /** The findings that touch a changed file, in their order. */
  List<Diagnostic> filter(List<Diagnostic> found) {
    return found.stream().filter(this::touches).toList();
  }

  /**
   * Whether a changed file is linted as a script: {@code *.sieve}, {@code *.siv} and {@code
   * *.svtest}. Other changed files (a manifest, an alias file) only decide what a finding touches.
   */
  static boolean isScript(Path file) {
    return ScriptFinder.isScript(file)
        || String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".svtest");
  }
}
