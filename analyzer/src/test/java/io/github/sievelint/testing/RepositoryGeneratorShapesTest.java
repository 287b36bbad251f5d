package io.github.sievelint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every shape of the generator, small: a valid repository (no model problems, no internal errors)
 * in which exactly the planted cycles are found; the same seed writes the same files.
 */
class RepositoryGeneratorShapesTest {

  @TempDir Path root;

  @ParameterizedTest
  @EnumSource(RepositoryGenerator.Shape.class)
  void lintsCleanlyAndFindsEveryPlantedCycle(RepositoryGenerator.Shape shape) throws IOException {
    List<RepositoryGenerator.Planted> planted =
        new RepositoryGenerator(shape, 60, 6, 7).write(root);
    RepositoryLinter.Result result =
        new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS)
            .lint(root, p -> root.relativize(p).toString());
    assertThat(result.problems()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::ruleId)
        .doesNotContain(
            "internal-error",
            "syntax-error",
            "limit-exceeded",
            "redirect-to-self",
            "include-not-found",
            "unassigned-script",
            "forward-to-unknown-local");
    assertFindsEveryPlantedCycleOnce(result, planted);
  }

  /** One redirect-cycle finding per planted cycle, naming its accounts, and no other. */
  static void assertFindsEveryPlantedCycleOnce(
      RepositoryLinter.Result result, List<RepositoryGenerator.Planted> planted) {
    List<Diagnostic> cycles =
        result.diagnostics().stream().filter(d -> d.ruleId().equals("redirect-cycle")).toList();
    assertThat(cycles).hasSize(planted.size());
    for (RepositoryGenerator.Planted cycle : planted) {
      assertThat(cycles)
          .as("a finding for %s", cycle)
          .anySatisfy(
              d -> assertThat(d.message()).contains(cycle.accounts().toArray(String[]::new)));
    }
  }

  @ParameterizedTest
  @EnumSource(RepositoryGenerator.Shape.class)
  void sameSeedSameFiles(RepositoryGenerator.Shape shape) throws IOException {
    new RepositoryGenerator(shape, 40, 2, 3).write(root.resolve("a"));
    new RepositoryGenerator(shape, 40, 2, 3).write(root.resolve("b"));
    for (String file :
        new String[] {"sievelint.yaml", "postfix/virtual", "users/d7/user17.sieve"}) {
      assertThat(Files.readString(root.resolve("b").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(root.resolve("a").resolve(file)));
    }
  }
}
