package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Compares rendered output with a golden file under {@code src/test/resources/golden/}; run with
 * {@code -Dsievelint.updateGolden=true} to rewrite the golden files from the current output.
 */
final class Golden {

  static final Path ROOT = Paths.get("src/test/resources/golden");

  private Golden() {}

  static void check(String name, String actual) throws IOException {
    Path file = ROOT.resolve(name);
    if (Boolean.getBoolean("sievelint.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file)
        .as("golden file %s is missing; run with -Dsievelint.updateGolden=true to create it", file)
        .exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as(
            "output differs from %s; if the change is intended, rerun with"
                + " -Dsievelint.updateGolden=true and review the diff",
            file)
        .isEqualTo(expected);
  }
}
