package io.github.sievelint.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the scripts to lint: named files as they are, folders walked for {@code *.sieve} and {@code
 * *.siv}, skipping {@code .git}, {@code target} and {@code node_modules}. Symbolic links are
 * followed only while they stay inside the folder being walked.
 */
final class ScriptFinder {

  private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules");

  /** The files found and the problems met (a missing path, an unreadable folder). */
  record Found(List<Path> files, List<String> errors) {}

  /** Finds scripts under {@code given}, each resolved against {@code cwd}. */
  Found find(Path cwd, List<Path> given) {
    Set<Path> files = new TreeSet<>();
    List<String> errors = new ArrayList<>();
    for (Path named : given) {
      Path root = cwd.resolve(named);
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
        errors.add("path not found: " + named);
        continue;
      }
      if (!Files.isDirectory(root)) {
        files.add(root.normalize());
        continue;
      }
      walk(root, files, errors);
    }
    return new Found(List.copyOf(files), errors);
  }

  private static void walk(Path root, Set<Path> files, List<String> errors) {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      errors.add("cannot read folder " + root + ": " + e.getMessage());
      return;
    }
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (!dir.equals(root) && SKIPPED.contains(String.valueOf(dir.getFileName()))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (!dir.toRealPath().startsWith(realRoot)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              if (attrs.isRegularFile()
                  && isScript(file)
                  && file.toRealPath().startsWith(realRoot)) {
                files.add(file.normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // A symbolic-link loop or a folder we may not read: say so, keep walking.
              errors.add("cannot read " + file + ": " + e.getClass().getSimpleName());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add("cannot walk " + root + ": " + e.getMessage());
    }
  }

  static boolean isScript(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".sieve") || name.endsWith(".siv");
  }
}
