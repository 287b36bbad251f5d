package io.github.sievelint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuppressionFixTest {

  private static final Linter LINTER = new Linter(BuiltinRules.registry(), LintSettings.DEFAULTS);

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a finding inside a block, indented with spaces
        "require \"vacation\";\nif header :contains \"subject\" \"x\" {\n  vacation \"away\";\n}\n",
        // a finding on a line ending with a comment
        "redirect \"bob@example.com\"; # forward to bob\n",
        // an unknown command, CRLF line ends
        "frobnicate;\r\nkeep;\r\n",
        // tab indentation in a nested block
        "if true {\n\tif true {\n\t\tredirect \"carol@example.com\";\n\t}\n}\n",
      })
  void insertingTheDirectiveSuppressesTheFinding(String script) {
    SourceFile source = SourceFile.of("u/a.sieve", script);
    List<Diagnostic> found = LINTER.lint(source);
    assertThat(found).isNotEmpty();
    for (Diagnostic d : found) {
      Fix fix = java.util.Objects.requireNonNull(SuppressionFix.of(d, source), d.toString());
      assertThat(fix.applicability()).isEqualTo(Fix.Applicability.DISPLAY);
      assertThat(fix.message()).isEqualTo("suppress " + d.ruleId() + " here");
      String fixed = Fix.apply(script, fix.edits());
      List<Diagnostic> after = LINTER.lint(SourceFile.of("u/a.sieve", fixed));
      assertThat(after)
          .as("after suppressing %s:\n%s", d, fixed)
          .noneMatch(a -> a.ruleId().equals(Suppressions.RULE_ID))
          .noneMatch(
              a ->
                  a.ruleId().equals(d.ruleId())
                      && a.message().equals(d.message())
                      && a.span().startLine() == d.span().startLine() + 1);
      assertThat(after).hasSize(found.size() - 1);
    }
  }

  @Test
  void theDirectiveTakesTheLineIndentAndBreak() {
    String script = "if true {\r\n\t  frobnicate;\r\n}\r\n";
    SourceFile source = SourceFile.of("u/a.sieve", script);
    Diagnostic d =
        new Diagnostic(
            "unknown-command",
            Severity.ERROR,
            "u/a.sieve",
            source.span(14, 24),
            "m",
            List.of(),
            null);
    Fix fix = java.util.Objects.requireNonNull(SuppressionFix.of(d, source));
    assertThat(fix.edits())
        .containsExactly(
            new Fix.Edit(
                new Span(11, 11, 2, 1, 2, 1),
                "\t  # sievelint: disable=unknown-command -- reason\r\n"));
  }

  @Test
  void noneForFixedFindingsOtherFilesOrUnusedSuppressions() {
    SourceFile source = SourceFile.of("u/a.sieve", "keep;\n");
    Diagnostic d =
        new Diagnostic("r", Severity.ERROR, "u/a.sieve", source.span(0, 4), "m", List.of(), null);
    Fix own =
        new Fix(Fix.Applicability.SAFE, "own", List.of(new Fix.Edit(source.span(0, 4), "stop")));
    assertThat(SuppressionFix.of(d.withFix(own), source)).isNull();
    assertThat(SuppressionFix.shown(d.withFix(own), source)).isSameAs(own);
    assertThat(SuppressionFix.of(d.withPath("aliases"), source)).isNull();
    assertThat(SuppressionFix.of(d.withPath("sievelint.yaml"), source)).isNull();
    assertThat(SuppressionFix.of(d.withPath("u/A.SIV"), source)).isNotNull();
    Diagnostic unused =
        new Diagnostic(
            Suppressions.RULE_ID,
            Severity.WARNING,
            "u/a.sieve",
            source.span(0, 4),
            "m",
            List.of(),
            null);
    assertThat(SuppressionFix.of(unused, source)).isNull();
  }
}
