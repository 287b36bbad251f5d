package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule reference checked in under {@code docs/rules/} is what {@link RuleDocs} generates from
 * the current rules; {@code -Dsievelint.updateDocs=true} rewrites it.
 */
class RuleDocsTest {

  static final Path DOCS = Paths.get("..", "docs", "rules");

  @Test
  void checkedInReferenceIsCurrent() throws IOException {
    if (Boolean.getBoolean("sievelint.updateDocs")) {
      RuleDocs.write(BuiltinRules.registry(), DOCS);
    }
    Map<String, String> expected = RuleDocs.files(BuiltinRules.registry());
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> file : expected.entrySet()) {
      Path path = DOCS.resolve(file.getKey());
      if (!Files.isRegularFile(path)
          || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
        stale.add(file.getKey());
      }
    }
    if (Files.isDirectory(DOCS)) {
      try (Stream<Path> list = Files.list(DOCS)) {
        list.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".md") && !expected.containsKey(n))
            .forEach(n -> stale.add(n + " (no such rule)"));
      }
    }
    assertThat(stale)
        .as("docs/rules is out of date; regenerate it with: %s", RuleDocs.REGENERATE)
        .isEmpty();
  }

  @Test
  void everyPageHasTheMetadataAndTheHeadings() {
    for (var info : BuiltinRules.registry().infos()) {
      String page = RuleDocs.page(info);
      assertThat(page)
          .contains("# " + info.id() + "\n")
          .contains("| Default severity | " + info.defaultSeverity().label() + " |")
          .contains("## What it flags")
          .contains("## How to fix");
    }
  }
}
