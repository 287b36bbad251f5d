package io.github.sievelint.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19, observation 2: a directive for a repository rule, seen by a whole run (the per-file
 * pass and the repository pass together), hides the finding it is on and is not reported as an
 * unused suppression; one that hides nothing is reported once.
 */
class RepositorySuppressionTest {

  @TempDir Path root;

  private List<String> check(String annScript) throws Exception {
    TestFiles.write(
        root,
        "sievelint.yaml",
        """
        version: 1
        domains: [example.org]
        accounts:
          ann@example.org: {script: users/ann.sieve}
          ben@example.org: {script: users/ben.sieve}
        """);
    TestFiles.write(root, "users/ann.sieve", annScript);
    TestFiles.write(root, "users/ben.sieve", "redirect :copy \"ann@example.org\";\nkeep;\n");
    ConfigLoader loader = new ConfigLoader(BuiltinRules.registry(), root);
    Layers layers = Layers.open(loader, root, false, null, ConfigValues.EMPTY);
    CheckRun run =
        new CheckRun(
            root,
            BuiltinRules.registry(),
            layers,
            RunOptions.of(layers.forFolder(root), "text"),
            "t");
    return run.lintFiles(List.of(root), ScriptFinder.Selection.DEFAULT).diagnostics().stream()
        .map(RepositorySuppressionTest::describe)
        .toList();
  }

  private static String describe(Diagnostic d) {
    return d.ruleId() + " " + d.path() + ":" + d.span().startLine();
  }

  /** A trailing directive, and a disable-file one, on the first step of the cycle. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        """
        redirect :copy "ben@example.org"; # sievelint: disable=redirect-cycle -- accepted
        keep;
        """,
        """
        # sievelint: disable-file=redirect-cycle -- accepted
        redirect :copy "ben@example.org";
        keep;
        """
      })
  void aDirectiveHidesTheCycleAndIsUsed(String annScript) throws Exception {
    List<String> found = check(annScript);
    assertThat(found).noneMatch(f -> f.startsWith("redirect-cycle "));
    assertThat(found).noneMatch(f -> f.startsWith("unused-suppression "));
  }

  @Test
  void aDirectiveThatHidesNothingIsReportedOnce() throws Exception {
    List<String> found =
        check(
            """
            redirect :copy "ben@example.org"; # sievelint: disable=forward-via-catch-all
            keep;
            """);
    assertThat(found).contains("redirect-cycle users/ann.sieve:1");
    assertThat(found.stream().filter(f -> f.startsWith("unused-suppression ")))
        .containsExactly("unused-suppression users/ann.sieve:1");
  }
}
