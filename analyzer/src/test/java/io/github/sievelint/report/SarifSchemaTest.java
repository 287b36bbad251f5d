package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our SARIF validates against the SARIF 2.1.0 JSON schema kept in the test resources. */
class SarifSchemaTest {

  @Test
  void sampleReportIsValid() throws IOException {
    assertValid(
        ReportGoldenTest.render(new SarifWriter(Path.of("/work/repo")), SampleReport.input()));
  }

  @Test
  void realCatalogueAndFindingsAreValid() throws IOException {
    SourceFile source =
        SourceFile.of(
            "users/a b.sieve",
            "require \"vacation\";\n# sievelint: disable=nothing-here\nvacation \"x\";\nif {\n");
    Linter linter = new Linter(BuiltinRules.registry(), LintSettings.DEFAULTS);
    List<Diagnostic> found = linter.lint(source);
    assertThat(found).isNotEmpty();
    ReportInput input =
        new ReportInput(found, Map.of(source.path(), source), BuiltinRules.registry(), "0.1.0", 1);
    assertValid(ReportGoldenTest.render(new SarifWriter(Path.of("/tmp/x y")), input));
  }

  @Test
  void anInvalidDocumentIsRejected() {
    List<Error> errors =
        ReportChecks.sarifViolations("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
    assertThat(errors).as("a run without a tool").isNotEmpty();
  }

  private static void assertValid(String sarif) {
    ReportChecks.assertValidSarif(sarif);
  }
}
