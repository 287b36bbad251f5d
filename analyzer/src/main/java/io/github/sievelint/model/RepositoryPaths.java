package io.github.sievelint.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns relative names into files inside the repository, and nothing else: absolute paths, {@code
 * ..} escapes and symbolic links that point outside are refused (docs/model.md).
 */
public final class RepositoryPaths {

  private final Path root;
  private final Path realRoot;

  public RepositoryPaths(Path root) {
    this.root = root.toAbsolutePath().normalize();
    Path real;
    try {
      real = this.root.toRealPath();
    } catch (IOException e) {
      real = this.root;
    }
    this.realRoot = real;
  }

  private final java.util.concurrent.ConcurrentHashMap<Path, Path> realFolders =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_FOLDERS = 100_000;

  /**
   * Relative names {@link #isFile} found to be regular files inside the root: the model checks
   * every account's script, then the repository pass asks {@link #inside} about the same names. One
   * run reads a repository that does not change under it.
   */
  private final java.util.Set<String> knownFiles =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static final int MAX_KNOWN_FILES = 1_000_000;

  public Path root() {
    return root;
  }

  /** Whether a relative name stays inside the root by its text alone. */
  public static boolean staysInside(String relative) {
    if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\")) {
      return false;
    }
    if (relative.length() > 1 && relative.charAt(1) == ':') {
      return false;
    }
    int depth = 0;
    for (String part : relative.replace('\\', '/').split("/", -1)) {
      if (part.equals("..")) {
        depth--;
        if (depth < 0) {
          return false;
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
    }
    return true;
  }

  /** The file a relative name denotes, if it stays inside the root (links included). */
  public Optional<Path> inside(String relative) {
    Path path = candidate(relative);
    if (path == null) {
      return Optional.empty();
    }
    if (knownFiles.contains(relative)) {
      return Optional.of(path);
    }
    try {
      BasicFileAttributes attributes = attributes(path);
      Path real = attributes == null ? null : realPath(path, attributes);
      if (real != null && !real.startsWith(realRoot)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(path);
  }

  /** Whether a relative name is an existing regular file inside the root. */
  public boolean isFile(String relative) {
    if (knownFiles.contains(relative)) {
      return true;
    }
    boolean file = checkFile(relative);
    if (file && knownFiles.size() < MAX_KNOWN_FILES) {
      knownFiles.add(relative);
    }
    return file;
  }

  private boolean checkFile(String relative) {
    Path path = candidate(relative);
    BasicFileAttributes attributes = path == null ? null : attributes(path);
    if (path == null || attributes == null) {
      return false;
    }
    try {
      Path real = realPath(path, attributes);
      if (real == null || !real.startsWith(realRoot)) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    return attributes.isSymbolicLink() ? Files.isRegularFile(path) : attributes.isRegularFile();
  }

  /** The path a relative name denotes when its text stays inside the root, else null. */
  private @Nullable Path candidate(String relative) {
    if (!staysInside(relative)) {
      return null;
    }
    Path path = root.resolve(relative).normalize();
    return path.startsWith(root) ? path : null;
  }

  /**
   * The attributes of {@code path} itself, not of what it links to (one {@code lstat}), or null
   * when it cannot be read: as {@link Files#exists}, whatever cannot be read is not there.
   */
  private static @Nullable BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The real path of {@code path}, which has {@code attributes}, or null when it is a dangling
   * link: its folder's real path (kept, a repository has few folders and many files) and its name,
   * unless the file itself is a link. Saves resolving every component again for each of 100,000
   * account scripts.
   */
  private @Nullable Path realPath(Path path, BasicFileAttributes attributes) throws IOException {
    Path parent = path.getParent();
    Path name = path.getFileName();
    if (parent == null || name == null || attributes.isSymbolicLink()) {
      try {
        return path.toRealPath();
      } catch (NoSuchFileException e) {
        return null;
      }
    }
    Path realParent = realFolders.get(parent);
    if (realParent == null) {
      realParent = parent.toRealPath();
      if (realFolders.size() < MAX_FOLDERS) {
        realFolders.put(parent, realParent);
      }
    }
    return realParent.resolve(name);
  }

  /** The repository-relative name of a file under the root, with '/'. */
  public String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return root.relativize(absolute).toString().replace('\\', '/');
  }

  /** Joins a folder (relative, possibly empty) and a name. */
  public static String join(String dir, String name) {
    if (dir.isEmpty()) {
      return name;
    }
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  /** The folder part of a relative path, ending in '/', or empty for the root. */
  public static String folderOf(String relative) {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? "" : relative.substring(0, slash + 1);
  }

  /**
   * Every {@code *.sieve} and {@code *.siv} file under the root, relative and sorted, skipping
   * {@code .git}, {@code target}, {@code node_modules}, hidden files and links out of the root.
   */
  public synchronized List<String> scripts() {
    if (scripts == null) {
      scripts = List.copyOf(walkScripts());
    }
    return scripts;
  }

  /** What {@link #scripts} found, once found: one run reads an unchanging repository. */
  private @Nullable List<String> scripts;

  private List<String> walkScripts() {
    List<String> out = new ArrayList<>();
    try {
      // Not Files.walk with a regex per path: this runs over every file of a large repository.
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && SKIPPED.contains(String.valueOf(dir.getFileName()))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = String.valueOf(file.getFileName());
              if ((name.endsWith(".sieve") || name.endsWith(".siv")) && !name.startsWith(".")) {
                String relative = relative(file);
                // A link counts when it leads to a regular file inside the root.
                if (attrs.isRegularFile()
                    || (attrs.isSymbolicLink()
                        && Files.isRegularFile(file)
                        && inside(relative).isPresent())) {
                  out.add(relative);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      out.sort(null);
      return out;
    }
    out.sort(null);
    return out;
  }

  /** Folders {@link #scripts} never looks into. */
  private static final java.util.Set<String> SKIPPED =
      java.util.Set.of(".git", "target", "node_modules");
}
