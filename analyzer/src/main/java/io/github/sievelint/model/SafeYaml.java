package io.github.sievelint.model;

import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * How sievelint reads YAML, the {@code sievelint.yaml} manifest and the {@code .sievelint.yaml}
 * configuration files alike: only nodes are composed, never Java objects (so no tag in a file can
 * instantiate a class, and every node keeps its line for messages), under one set of limits on the
 * size, the nesting and the aliases of a document (billion laughs).
 */
public final class SafeYaml {

  /**
   * Largest document read, in code points: as large as the largest script read ({@code
   * SourceFile.MAX_FILE_BYTES}). A manifest lists every account (about 67 characters each), so this
   * holds about 900,000 accounts; 16 Mi code points stopped at 250,000 (issue #20, 300,000
   * accounts).
   */
  public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  /**
   * Deepest nesting of collections. A manifest needs four levels (accounts, an account, its
   * aliases); configuration files fewer.
   */
  public static final int MAX_NESTING = 40;

  /** Most aliases to collections in one document. */
  public static final int MAX_ALIASES = 50;

  private SafeYaml() {}

  /** The loader options of every YAML file sievelint reads. */
  public static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    return options;
  }

  /**
   * The single document of {@code reader} as nodes; null when it holds none.
   *
   * @throws YAMLException when the text is not valid YAML or exceeds a limit
   */
  public static @Nullable Node compose(Reader reader) {
    return new Yaml(options()).compose(reader);
  }
}
