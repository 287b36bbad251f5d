package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lints every script of the shared corpus with every rule and fails on any exception. Skipped where
 * the corpus is absent (a user's clone has no {@code ../shared}); the corpus is read in place,
 * never copied into the project.
 */
class CorpusSmokeTest {

  private static final Path CORPUS = Paths.get("../../shared/corpus");

  @Test
  void everyRuleRunsOnEveryCorpusScriptWithoutCrashing() throws IOException {
    Path manifest = CORPUS.resolve("MANIFEST.tsv");
    assumeTrue(Files.isRegularFile(manifest), "no shared corpus here");
    Linter linter = new Linter(BuiltinRules.registry(), LintSettings.DEFAULTS);
    List<String> crashes = new ArrayList<>();
    for (String line : Files.readAllLines(manifest)) {
      String path = line.substring(0, Math.max(0, line.indexOf('\t')));
      if (path.isEmpty() || path.equals("corpus_path")) {
        continue;
      }
      try {
        linter.lint(SourceFile.decode(path, Files.readAllBytes(CORPUS.resolve(path))));
      } catch (RuntimeException | StackOverflowError e) {
        crashes.add(path + ": " + e);
      }
    }
    assertThat(crashes).isEmpty();
  }
}
