package io.github.sievelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

class SafeYamlTest {

  /** A manifest of 300,000 accounts is about 20 MB: more than the 16 Mi code points once read. */
  @Test
  void aManifestOfMoreThan16MiCodePointsIsRead() {
    StringBuilder text = new StringBuilder("version: 1\n");
    String line = "#" + "x".repeat(1023) + "\n";
    while (text.length() < 20 * 1024 * 1024) {
      text.append(line);
    }
    text.append("accounts: {}\n");
    Node node = SafeYaml.compose(new StringReader(text.toString()));
    assertThat(node instanceof MappingNode mapping ? mapping.getValue().size() : -1).isEqualTo(2);
  }
}
