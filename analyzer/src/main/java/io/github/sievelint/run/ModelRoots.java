package io.github.sievelint.run;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.model.ManifestLoader;
import io.github.sievelint.model.ModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Repository discovery, the way ruff and ESLint find their configuration: a path checked on its own
 * (a file, a folder inside a mail system, standard input with a name) belongs to the nearest folder
 * at or above it that describes a mail system ({@code sievelint.yaml} or a layout's evidence,
 * docs/model.md), looked for up to the top of the git working tree or a {@code .sievelint.yaml}
 * with {@code root: true}. A partial run loads that folder's model, so that a file is judged within
 * its mail system whatever part of it is checked.
 */
final class ModelRoots {

  /**
   * What discovery found for the paths of a run.
   *
   * @param discovered the roots found above the paths, not themselves given (absolute, normalized)
   * @param without the paths (as shown) that belong to no mail system
   */
  record Plan(List<Path> discovered, List<String> without) {

    /** The info line for a run some of whose paths belong to no mail system, if any. */
    Optional<String> note() {
      return without.isEmpty()
          ? Optional.empty()
          : Optional.of(
              "no mail-system model found at or above "
                  + without.get(0)
                  + " (no sievelint.yaml or known layout): the cross-account rules did not run");
    }
  }

  /**
   * How many folders above the place of a layout's evidence its root can be: {@code
   * docker-data/dms/config/} is three.
   */
  private static final int PLACE_DEPTH = 3;

  private final Path base;
  private final Layers layers;
  private final Map<Path, Optional<String>> evidence = new HashMap<>();

  ModelRoots(Path base, Layers layers) {
    this.base = base;
    this.layers = layers;
  }

  /**
   * The roots above {@code given} (relative to the base): a folder that describes a mail system is
   * its own root and loaded as a whole, as before (it is not among the discovered); a file's root
   * is looked for from its folder, a folder's from itself. Missing paths are left to the finder.
   */
  Plan plan(List<Path> given) throws ConfigException {
    Set<Path> wholes = new LinkedHashSet<>();
    List<Path> starts = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Path path : given) {
      Path absolute = base.resolve(path).toAbsolutePath().normalize();
      if (Files.isDirectory(absolute) && evidenceOf(absolute).isPresent()) {
        wholes.add(absolute);
      } else if (Files.isDirectory(absolute)) {
        starts.add(absolute);
        shown.add(DisplayPaths.of(base, absolute));
      } else if (Files.exists(absolute) && absolute.getParent() != null) {
        starts.add(absolute.getParent());
        shown.add(DisplayPaths.of(base, absolute));
      }
    }
    Set<Path> discovered = new LinkedHashSet<>();
    List<String> without = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      Optional<Path> root = rootOf(starts.get(i));
      if (root.isEmpty()) {
        without.add(shown.get(i));
      } else if (!wholes.contains(root.get())) {
        discovered.add(root.get());
      }
    }
    return new Plan(List.copyOf(discovered), without);
  }

  /**
   * The root of the mail system {@code folder} (absolute, normalized) lies in, or empty. A layout
   * whose evidence a folder further up also sees (in its {@code config/} or {@code
   * docker-data/dms/config/}) belongs to that folder, as it does when that folder is checked whole.
   */
  Optional<Path> rootOf(Path folder) throws ConfigException {
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      Optional<String> found = evidenceOf(dir);
      if (found.isPresent()) {
        return Optional.of(outermost(dir, found.get()));
      }
      if (bound(dir)) {
        break;
      }
    }
    return Optional.empty();
  }

  private Path outermost(Path dir, String place) throws ConfigException {
    if (place.equals(ManifestLoader.FILE_NAME)) {
      return dir;
    }
    Path seen = dir.resolve(place).normalize();
    Path best = dir;
    Path up = dir;
    for (int i = 0; i < PLACE_DEPTH && !bound(up); i++) {
      up = up.getParent();
      if (up == null) {
        break;
      }
      Optional<String> above = evidenceOf(up);
      if (above.isPresent()
          && !above.get().equals(ManifestLoader.FILE_NAME)
          && up.resolve(above.get()).normalize().equals(seen)) {
        best = up;
      }
    }
    return best;
  }

  /** Whether the walk up stops at {@code dir}: the top of a git working tree, or a config root. */
  private boolean bound(Path dir) throws ConfigException {
    return Files.exists(dir.resolve(".git")) || layers.isRoot(dir);
  }

  private Optional<String> evidenceOf(Path dir) {
    return evidence.computeIfAbsent(dir, ModelLoader::evidence);
  }
}
