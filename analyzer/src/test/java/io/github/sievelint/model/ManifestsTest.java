package io.github.sievelint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sievelint.testing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

class ManifestsTest {

  @TempDir Path root;

  @Test
  void composesAManifestOnceUntilReleased() throws Exception {
    Path file = TestFiles.write(root, "sievelint.yaml", "version: 1\n");
    Manifests manifests = new Manifests();
    Node first = manifests.compose(file);
    assertThat(first).isNotNull();
    assertThat(manifests.compose(root.resolve("./sievelint.yaml"))).isSameAs(first);
    manifests.release();
    assertThat(manifests.compose(file)).isNotSameAs(first);
  }

  @Test
  void aFileWithoutDocumentIsNull() throws Exception {
    assertThat(new Manifests().compose(TestFiles.write(root, "sievelint.yaml", ""))).isNull();
  }

  @Test
  void everyCallerGetsTheSameYamlError() throws Exception {
    Path file = TestFiles.write(root, "sievelint.yaml", "a: [\n");
    Manifests manifests = new Manifests();
    YAMLException first = null;
    try {
      manifests.compose(file);
    } catch (YAMLException e) {
      first = e;
    }
    assertThat(first).isNotNull();
    assertThatThrownBy(() -> manifests.compose(file)).isSameAs(first);
  }

  @Test
  void nestingDeeperThanTheLimitIsAYamlError() {
    String deep =
        "a: " + "[".repeat(SafeYaml.MAX_NESTING + 1) + "]".repeat(SafeYaml.MAX_NESTING + 1);
    assertThatThrownBy(() -> SafeYaml.compose(new java.io.StringReader(deep)))
        .isInstanceOf(YAMLException.class)
        .hasMessageContaining("Nesting Depth");
  }
}
