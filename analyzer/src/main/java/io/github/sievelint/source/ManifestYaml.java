package io.github.sievelint.source;

import java.io.IOException;
import java.io.StringReader;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The composed YAML of a {@code sievelint.yaml}. The file is both configuration (its {@code rules:}
 * and {@code server:}) and the mail-system manifest, and with 100,000 accounts composing it costs
 * seconds, so both readers take it from here: the last file composed is kept (softly, so a
 * long-lived JVM such as Maven's can reclaim it) and reused while its size and modification time
 * stay the same.
 *
 * <p>Only nodes are composed, never Java objects, and the options cap the size, the nesting and the
 * aliases of a document (billion laughs).
 */
public final class ManifestYaml {

  /** Largest manifest read, in code points (about 67 characters an account). */
  public static final int MAX_CODE_POINTS = 16 * 1024 * 1024;

  /**
   * One read of a manifest.
   *
   * @param text the file's text
   * @param root its single document, null when the file is empty; unset when {@code error} is set
   * @param error why the text is not valid YAML, null when it is
   */
  public record Composed(String text, @Nullable Node root, @Nullable YAMLException error) {}

  private record Key(Path file, long size, FileTime modified, @Nullable Object fileKey) {}

  private record Entry(Key key, Composed composed) {}

  private static volatile SoftReference<@Nullable Entry> last = new SoftReference<>(null);

  private ManifestYaml() {}

  /** The loader options of every manifest read. */
  public static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  /**
   * Reads and composes {@code file}, or returns the earlier composition of the same unchanged file.
   * One caller at a time: a second one asking for the same file waits and gets the first's result.
   *
   * @throws IOException when the file cannot be read
   */
  public static synchronized Composed compose(Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
    Key key =
        new Key(absolute, attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    Entry entry = last.get();
    if (entry != null && entry.key().equals(key)) {
      return entry.composed();
    }
    String text = new String(Files.readAllBytes(absolute), StandardCharsets.UTF_8);
    Composed composed;
    try {
      composed = new Composed(text, new Yaml(options()).compose(new StringReader(text)), null);
    } catch (YAMLException e) {
      composed = new Composed(text, null, e);
    }
    last = new SoftReference<>(new Entry(key, composed));
    return composed;
  }

  /**
   * Drops the kept composition: a run calls this once its configuration and models are loaded, so
   * that the node tree of a large manifest (about 130 MB for 100,000 accounts) is not copied by
   * every collection until memory runs short.
   */
  public static synchronized void forget() {
    last = new SoftReference<>(null);
  }
}
