package io.github.sievelint.model;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The {@code sievelint.yaml} manifests of one run, each read and composed once. A manifest is both
 * configuration (its {@code rules:} and {@code server:}, read by the configuration loader) and the
 * mail-system model (read by {@link ManifestLoader}), and with 100,000 accounts composing it takes
 * seconds; both readers of a run take it from the same instance of this class.
 *
 * <p>The composed node trees are kept until {@link #release()}: a run releases them once its
 * configuration and models are read, so that the tree of a large manifest (about 130 MB for 100,000
 * accounts) is not copied by every garbage collection for the rest of the run. Thread-safe: the
 * model is loaded on a thread of its own while the configuration is read; a second caller asking
 * for a manifest being composed waits and gets the first one's result.
 */
public final class Manifests {

  /** What composing a manifest gave: its document, or why it is not valid YAML. */
  private sealed interface Composed permits Document, Invalid {

    /** The manifest's single document, null when the file holds none; or the YAML error thrown. */
    @Nullable Node root();
  }

  private record Document(@Nullable Node root) implements Composed {}

  private record Invalid(YAMLException error) implements Composed {
    @Override
    public @Nullable Node root() {
      throw error;
    }
  }

  private final Map<Path, Composed> byFile = new HashMap<>();

  /**
   * The single document of the manifest {@code file}, null when it holds none; composed on the
   * first call, later calls get the same nodes until {@link #release()}.
   *
   * @throws IOException when the file cannot be read (not kept: a later call tries again)
   * @throws YAMLException when the file is not valid YAML or exceeds a limit of {@link SafeYaml}
   */
  public synchronized @Nullable Node compose(Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Composed composed = byFile.get(absolute);
    if (composed == null) {
      String text = new String(Files.readAllBytes(absolute), StandardCharsets.UTF_8);
      try {
        composed = new Document(SafeYaml.compose(new StringReader(text)));
      } catch (YAMLException e) {
        composed = new Invalid(e);
      }
      byFile.put(absolute, composed);
    }
    return composed.root();
  }

  /** Drops every composed manifest; a later {@link #compose} reads its file again. */
  public synchronized void release() {
    byFile.clear();
  }
}
