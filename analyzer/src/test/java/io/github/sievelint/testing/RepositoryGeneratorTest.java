package io.github.sievelint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated repository: every planted cycle is found, once, and nothing else is an error. */
class RepositoryGeneratorTest {

  @TempDir Path root;

  @Test
  void findsEveryPlantedCycleOnce() throws IOException {
    List<RepositoryGenerator.Planted> planted = new RepositoryGenerator(500, 6, 42).write(root);
    RepositoryLinter.Result result =
        new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS)
            .lint(root, p -> root.relativize(p).toString());
    assertThat(result.problems()).isEmpty();
    RepositoryGeneratorShapesTest.assertFindsEveryPlantedCycleOnce(result, planted);
    assertThat(result.diagnostics())
        .filteredOn(d -> !d.ruleId().equals("redirect-cycle"))
        .extracting(Diagnostic::ruleId)
        .doesNotContain("redirect-to-self", "include-not-found", "unassigned-script");
  }
}
