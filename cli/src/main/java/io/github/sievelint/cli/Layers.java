package io.github.sievelint.cli;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigResolver;
import io.github.sievelint.config.ConfigValues;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a run: the command line over either nothing ({@code --no-config}), one
 * pinned file ({@code --config}), or the files found by walking up from each folder.
 */
final class Layers {

  private final ConfigValues cli;
  private final @Nullable ConfigValues pinned;
  private final @Nullable ConfigResolver resolver;

  private Layers(
      ConfigValues cli, @Nullable ConfigValues pinned, @Nullable ConfigResolver resolver) {
    this.cli = cli;
    this.pinned = pinned;
    this.resolver = resolver;
  }

  static Layers open(
      ConfigLoader loader, Path cwd, boolean noConfig, @Nullable Path config, ConfigValues cli)
      throws ConfigException {
    if (noConfig) {
      return new Layers(cli, ConfigValues.EMPTY, null);
    }
    if (config != null) {
      Path file = cwd.resolve(config);
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new ConfigException(config + ": configuration file not found");
      }
      return new Layers(cli, loader.load(file), null);
    }
    return new Layers(cli, null, new ConfigResolver(loader));
  }

  /** The effective values for files in {@code folder}. */
  ConfigValues forFolder(Path folder) throws ConfigException {
    ConfigValues files = pinned;
    if (files == null) {
      files = resolver == null ? ConfigValues.EMPTY : resolver.forFolder(folder);
    }
    return cli.over(files);
  }
}
