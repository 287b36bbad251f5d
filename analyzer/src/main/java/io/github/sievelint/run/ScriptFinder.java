package io.github.sievelint.run;

import io.github.sievelint.source.FileErrors;
import io.github.sievelint.source.PathPattern;
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
import java.util.Set;

/**
 * Finds the scripts to lint: named files as they are, folders walked for {@code *.sieve} and {@code
 * *.siv} (or what a {@link Selection} includes), skipping {@code .git}, {@code target} and {@code
 * node_modules}. Symbolic links are followed only while they stay inside the folder being walked.
 */
public final class ScriptFinder {

  private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules");

  /** The files found and the problems met (a missing path, an unreadable folder). */
  public record Found(List<Path> files, List<String> errors) {}

  /**
   * Which files a folder walk keeps. Patterns are Ant-style ({@link PathPattern}) and relative to
   * the folder walked.
   *
   * @param includes the files to keep; empty keeps {@code *.sieve} and {@code *.siv}
   * @param excludes the files to drop, even when included
   * @param skippedFolders folders not walked into at all (a build folder, child modules)
   */
  public record Selection(List<String> includes, List<String> excludes, List<Path> skippedFolders) {

    /** Every {@code *.sieve} and {@code *.siv}, no folder skipped beyond the usual ones. */
    public static final Selection DEFAULT = new Selection(List.of(), List.of(), List.of());

    public Selection {
      includes = List.copyOf(includes);
      excludes = List.copyOf(excludes);
      skippedFolders = skippedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }
  }

  /** Finds scripts under {@code given}, each resolved against {@code cwd}. */
  public Found find(Path cwd, List<Path> given) {
    return find(cwd, given, Selection.DEFAULT);
  }

  /**
   * Finds the scripts {@code selection} keeps under {@code given}, resolved against {@code cwd}.
   */
  public Found find(Path cwd, List<Path> given, Selection selection) {
    Filter filter = new Filter(selection);
    // A list sorted once at the end: a sorted set costs a comparison walk per file.
    List<Path> files = new ArrayList<>();
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
      walk(root, filter, files, errors);
    }
    files.sort(null);
    List<Path> distinct = new ArrayList<>(files.size());
    for (Path file : files) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(file)) {
        distinct.add(file);
      }
    }
    return new Found(List.copyOf(distinct), errors);
  }

  private static void walk(Path root, Filter filter, List<Path> files, List<String> errors) {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      errors.add("cannot read folder " + root + ": " + FileErrors.describe(e));
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
              if (!dir.equals(root)
                  && (SKIPPED.contains(String.valueOf(dir.getFileName())) || filter.skips(dir))) {
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
              // Its folder is inside the root (checked above), so only a link can lead out.
              if (attrs.isRegularFile()
                  && filter.keeps(root, file)
                  && (!Files.isSymbolicLink(file) || file.toRealPath().startsWith(realRoot))) {
                files.add(file.normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // A symbolic-link loop is simply not followed; a folder we may not read is an
              // error that does not stop the walk.
              if (e instanceof java.nio.file.FileSystemLoopException) {
                return FileVisitResult.CONTINUE;
              }
              errors.add("cannot read " + file + ": " + FileErrors.describe(e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add("cannot walk " + root + ": " + FileErrors.describe(e));
    }
  }

  /** The compiled form of a {@link Selection}. */
  private static final class Filter {
    private final List<PathPattern> includes;
    private final List<PathPattern> excludes;
    private final List<Path> skipped;

    Filter(Selection selection) {
      includes = selection.includes().stream().map(PathPattern::of).toList();
      excludes = selection.excludes().stream().map(PathPattern::of).toList();
      skipped = selection.skippedFolders();
    }

    boolean skips(Path dir) {
      return skipped.contains(dir.toAbsolutePath().normalize());
    }

    boolean keeps(Path root, Path file) {
      if (includes.isEmpty() && excludes.isEmpty()) {
        return isScript(file);
      }
      Path relative = root.relativize(file);
      String path = relative.toString().replace('\\', '/');
      boolean included =
          includes.isEmpty()
              ? isScript(relative)
              : includes.stream().anyMatch(p -> p.matches(path));
      return included && excludes.stream().noneMatch(p -> p.matches(path));
    }
  }

  /** Whether {@code file} is named like a Sieve script: {@code *.sieve} or {@code *.siv}. */
  public static boolean isScript(Path file) {
    String name = String.valueOf(file.getFileName());
    return endsWithIgnoreCase(name, ".sieve") || endsWithIgnoreCase(name, ".siv");
  }

  /** ASCII letters only, like the lower-casing in Locale.ROOT of an ASCII suffix. */
  private static boolean endsWithIgnoreCase(String name, String suffix) {
    int offset = name.length() - suffix.length();
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      char c = name.charAt(offset + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
