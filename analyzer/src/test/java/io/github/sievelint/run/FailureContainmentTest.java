package io.github.sievelint.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.report.Formats;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.testing.FailingRules;
import io.github.sievelint.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug in one rule (an exception, a real stack overflow) costs that rule's findings on one file,
 * one account or one repository, and nothing else: the run's other findings, in every report
 * format, are byte for byte those of a run without the failing rule, plus one internal-error
 * finding per failure.
 */
class FailureContainmentTest {

  @TempDir Path root;

  @BeforeEach
  void repository() throws IOException {
    TestFiles.write(
        root,
        "sievelint.yaml",
        """
        version: 1
        domains: [example.com]
        accounts:
          dave@example.com: {script: users/dave.sieve}
          erin@example.com: {script: users/erin.sieve}
        """);
    TestFiles.write(
        root,
        "users/dave.sieve",
        "require \"vacation\";\nvacation \"away\";\nredirect \"erin@example.com\";\n# boom\n");
    TestFiles.write(root, "users/erin.sieve", "redirect \"dave@example.com\";\n");
    TestFiles.write(root, "users/dave-old.sieve", "redirect \"erin@example.com\";\nkeep\n");
  }

  private Linted lint(RuleRegistry registry, int jobs) throws Exception {
    ConfigValues cli =
        new ConfigValues(
            List.of(),
            false,
            null,
            null,
            java.util.Map.of(),
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            jobs,
            java.util.Map.of(),
            null);
    Layers layers = Layers.open(new ConfigLoader(registry, root), root, false, null, cli);
    CheckRun run =
        new CheckRun(root, registry, layers, RunOptions.of(layers.forFolder(root), "text"), "t");
    return run.lintFiles(List.of(root), ScriptFinder.Selection.DEFAULT);
  }

  private static List<Diagnostic> without(List<Diagnostic> found, String ruleId) {
    return found.stream().filter(d -> !d.ruleId().equals(ruleId)).toList();
  }

  @Test
  void everyFailureIsOneFindingAndEverythingElseIsReportedAsBefore() throws Exception {
    for (int jobs : new int[] {1, 2}) {
      Linted clean = lint(BuiltinRules.registry(), jobs);
      assertThat(clean.failures()).isEmpty();
      assertThat(clean.diagnostics()).extracting(Diagnostic::ruleId).contains("redirect-cycle");

      Linted failing = lint(FailingRules.registry(), jobs);
      List<Diagnostic> internal =
          failing.diagnostics().stream().filter(d -> d.ruleId().equals("internal-error")).toList();
      assertThat(internal)
          .extracting(Diagnostic::path, Diagnostic::message)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "users/dave.sieve",
                  "internal error in rule exploding: java.lang.IllegalStateException: boom; this"
                      + " is a sievelint bug, and rule exploding is not analysed here"),
              org.assertj.core.groups.Tuple.tuple(
                  "users/dave.sieve",
                  "internal error in rule overflowing: java.lang.StackOverflowError; this is a"
                      + " sievelint bug, and rule overflowing is not analysed here"),
              org.assertj.core.groups.Tuple.tuple(
                  "sievelint.yaml",
                  "internal error in rule broken: java.lang.UnsupportedOperationException: not"
                      + " today; this is a sievelint bug, and rule broken is not analysed here"));
      assertThat(failing.failures())
          .extracting(Failures.Failure::unit)
          .containsExactlyInAnyOrder("rule broken", "rule exploding", "rule overflowing");
      assertThat(failing.errors()).isEqualTo(clean.errors());

      // Every report, byte for byte, once the internal errors are left out.
      for (String format : Formats.NAMES) {
        assertThat(report(format, without(failing.diagnostics(), "internal-error"), failing))
            .as("%s report with --jobs %d", format, jobs)
            .isEqualTo(report(format, clean.diagnostics(), clean));
      }
    }
  }

  private String report(String format, List<Diagnostic> shown, Linted linted) throws IOException {
    ReportInput input =
        new ReportInput(
            shown, linted.sources(), BuiltinRules.registry(), "t", linted.filesChecked());
    StringBuilder out = new StringBuilder();
    Formats.writer(format, false, root).orElseThrow().write(input, out);
    return out.toString();
  }
}
