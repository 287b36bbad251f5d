package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary line counts what was checked and says where findings in other files come from. */
class SummaryTest {

  private static Diagnostic at(String path, Severity severity) {
    return new Diagnostic("redirect-cycle", severity, path, Span.FILE_START, "m", List.of(), null);
  }

  @Test
  void countsFindingsFilesAndCheckedFiles() {
    assertThat(Summary.line(List.of(), 3)).isEqualTo("no problems in 3 files checked");
    assertThat(Summary.line(List.of(at("a", Severity.ERROR), at("b", Severity.WARNING)), 5))
        .isEqualTo("2 problems (1 error, 1 warning) in 2 files (5 files checked)");
  }

  @Test
  void findingsInFilesNotCheckedAreExplained() {
    // The hook checked one file; a cycle through it is also reported in the other account's script.
    assertThat(Summary.line(List.of(at("a", Severity.ERROR), at("b", Severity.ERROR)), 1))
        .isEqualTo(
            "2 problems (2 errors) in 2 files (1 file checked; the others are reached from them"
                + " across accounts)");
  }
}
