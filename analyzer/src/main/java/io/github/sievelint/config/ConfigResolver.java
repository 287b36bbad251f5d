package io.github.sievelint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the configuration that applies in a folder: every {@code .sievelint.yaml} (and the {@code
 * rules:} of a {@code sievelint.yaml} manifest) from that folder up to the repository root (the
 * folder that holds {@code .git}) or to a file that says {@code root: true}, nearer files winning.
 * In one folder {@code .sievelint.yaml} wins over the manifest. Loaded files are cached; not
 * thread-safe, so resolve before linting in parallel.
 */
public final class ConfigResolver {

  private final ConfigLoader loader;
  private final Map<Path, ConfigValues> byFolder = new HashMap<>();
  private final Map<Path, ConfigValues> byFile = new HashMap<>();

  public ConfigResolver(ConfigLoader loader) {
    this.loader = loader;
  }

  /** The merged configuration for files in {@code folder}. */
  public ConfigValues forFolder(Path folder) throws ConfigException {
    Path start = folder.toAbsolutePath().normalize();
    ConfigValues cached = byFolder.get(start);
    if (cached != null) {
      return cached;
    }
    List<ConfigValues> layers = new ArrayList<>();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      boolean stop = false;
      ConfigValues own = load(dir.resolve(ConfigLoader.FILE_NAME), false);
      if (own != null) {
        layers.add(own);
        stop = own.root();
      }
      ConfigValues manifest = load(dir.resolve(ConfigLoader.MANIFEST_NAME), true);
      if (manifest != null) {
        layers.add(manifest);
      }
      if (stop || Files.exists(dir.resolve(".git"))) {
        break;
      }
    }
    ConfigValues merged = ConfigValues.EMPTY;
    for (int i = layers.size() - 1; i >= 0; i--) {
      merged = layers.get(i).over(merged);
    }
    byFolder.put(start, merged);
    return merged;
  }

  /**
   * Whether the {@code .sievelint.yaml} of {@code folder} says {@code root: true}: the walk up for
   * configuration, and for a mail-system model, stops there.
   */
  public boolean isRoot(Path folder) throws ConfigException {
    ConfigValues own =
        load(folder.toAbsolutePath().normalize().resolve(ConfigLoader.FILE_NAME), false);
    return own != null && own.root();
  }

  private @Nullable ConfigValues load(Path file, boolean manifest) throws ConfigException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    ConfigValues cached = byFile.get(file);
    if (cached == null) {
      cached = manifest ? loader.loadManifest(file) : loader.load(file);
      byFile.put(file, cached);
    }
    return cached;
  }
}
