package io.github.sievelint.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns relative names into files inside the repository, and nothing else: absolute paths, {@code
 * ..} escapes and symbolic links that point outside are refused (MODEL.md).
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
    if (!staysInside(relative)) {
      return Optional.empty();
    }
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root)) {
      return Optional.empty();
    }
    if (Files.exists(path)) {
      try {
        if (!path.toRealPath().startsWith(realRoot)) {
          return Optional.empty();
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.of(path);
  }

  /** Whether a relative name is an existing regular file inside the root. */
  public boolean isFile(String relative) {
    return inside(relative).filter(Files::isRegularFile).isPresent();
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
  public List<String> scripts() {
    List<String> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = String.valueOf(p.getFileName());
                return (name.endsWith(".sieve") || name.endsWith(".siv")) && !name.startsWith(".");
              })
          .map(this::relative)
          .filter(r -> !r.matches("(.*/)?(\\.git|target|node_modules)/.*"))
          .filter(r -> inside(r).isPresent())
          .forEach(out::add);
    } catch (IOException | UncheckedIOException e) {
      return out;
    }
    out.sort(null);
    return out;
  }
}
