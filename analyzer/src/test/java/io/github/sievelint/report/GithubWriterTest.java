package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Workflow-command escaping and ordering, as actions/toolkit defines them. */
class GithubWriterTest {

  @Test
  void dataEscapesPercentAndLineBreaks() {
    assertThat(GithubWriter.data("100% done\r\nnext: a, b"))
        .isEqualTo("100%25 done%0D%0Anext: a, b");
  }

  @Test
  void propertiesAlsoEscapeColonAndComma() {
    assertThat(GithubWriter.property("dir,a/b:c%d\ne")).isEqualTo("dir%2Ca/b%3Ac%25d%0Ae");
  }

  @Test
  void escapingIsReversible() {
    String nasty = "a%0A,b:c\r\n%%";
    String escaped = GithubWriter.property(nasty);
    assertThat(escaped).doesNotContain(",", ":", "\n", "\r");
    String back =
        escaped
            .replace("%2C", ",")
            .replace("%3A", ":")
            .replace("%0A", "\n")
            .replace("%0D", "\r")
            .replace("%25", "%");
    assertThat(back).isEqualTo(nasty);
  }

  @Test
  void mostSevereFirstAndOneLinePerFinding() throws IOException {
    String out = ReportGoldenTest.render(new GithubWriter(), SampleReport.input());
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).startsWith("::error ");
    assertThat(lines.get(1)).startsWith("::error file=users/b o%25b%2Cx.sieve,line=2,col=1,");
    assertThat(lines.get(2)).startsWith("::warning ");
    assertThat(lines.get(5)).startsWith("::notice ");
    assertThat(out).doesNotContain("annotations capped");
  }

  @Test
  void aSummaryNoticeComesFirstWhenTheCapIsReached() throws IOException {
    String out =
        ReportGoldenTest.render(new GithubWriter(), SampleReport.input(GithubWriter.CAP + 1));
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).startsWith("::notice title=sievelint%3A annotations capped::");
    assertThat(lines.get(0)).contains("1 findings are only in the log");
    assertThat(lines).hasSize(1 + 2 + GithubWriter.CAP + 1 + 1);
  }
}
