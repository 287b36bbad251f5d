package io.github.sievelint.run;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigResolver;
import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.model.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a run: the caller's own layer (the command line, or the Maven plugin's
 * parameters) over either nothing ({@code --no-config}), one pinned file ({@code --config}), or the
 * files found by walking up from each folder.
 */
public final class Layers {

  private final ConfigValues cli;
  private final @Nullable ConfigValues pinned;
  private final @Nullable ConfigResolver resolver;
  private final Manifests manifests;

  private Layers(
      ConfigValues cli,
      @Nullable ConfigValues pinned,
      @Nullable ConfigResolver resolver,
      Manifests manifests) {
    this.cli = cli;
    this.pinned = pinned;
    this.resolver = resolver;
    this.manifests = manifests;
  }

  /**
   * The layers of a run: {@code cli} over nothing when {@code noConfig}, over the file {@code
   * config} (resolved against {@code cwd}) when given, else over the files found per folder.
   */
  public static Layers open(
      ConfigLoader loader, Path cwd, boolean noConfig, @Nullable Path config, ConfigValues cli)
      throws ConfigException {
    if (noConfig) {
      return new Layers(cli, ConfigValues.EMPTY, null, loader.manifests());
    }
    if (config != null) {
      Path file = cwd.resolve(config);
      if (!Files.isRegularFile(file)) {
        throw new ConfigException(config + ": configuration file not found");
      }
      return new Layers(cli, loader.load(file), null, loader.manifests());
    }
    return new Layers(cli, null, new ConfigResolver(loader), loader.manifests());
  }

  /** The manifests the configuration loader composes, for the run's models to share. */
  public Manifests manifests() {
    return manifests;
  }

  /**
   * Whether the configuration walk stops at {@code folder} ({@code root: true} in its {@code
   * .sievelint.yaml}); never with {@code --config} or {@code --no-config}, which walk no files.
   */
  public boolean isRoot(Path folder) throws ConfigException {
    return resolver != null && resolver.isRoot(folder);
  }

  /** The effective values for files in {@code folder}. */
  public ConfigValues forFolder(Path folder) throws ConfigException {
    ConfigValues files = pinned;
    if (files == null) {
      files = resolver == null ? ConfigValues.EMPTY : resolver.forFolder(folder);
    }
    return cli.over(files);
  }
}
