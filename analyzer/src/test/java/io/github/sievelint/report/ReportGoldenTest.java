package io.github.sievelint.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report format rendered from the same sample input and compared with its golden file. */
class ReportGoldenTest {

  /** A fixed root, so that SARIF's originalUriBaseIds do not depend on the machine. */
  static final Path ROOT = Path.of("/work/repo");

  static Stream<String> formats() {
    return Formats.NAMES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void matchesGolden(String format) throws IOException {
    ReportWriter writer = Formats.writer(format, false, ROOT).orElseThrow();
    Golden.check("report." + format + ".txt", render(writer, SampleReport.input()));
  }

  @Test
  void textInColourMatchesGolden() throws IOException {
    Golden.check("report.text-color.txt", render(new TextWriter(true), SampleReport.input()));
  }

  @Test
  void quietTextHasNoSummary() throws IOException {
    Golden.check(
        "report.text-quiet.txt", render(new TextWriter(false, false), SampleReport.input()));
  }

  @Test
  void githubPastTheCapMatchesGolden() throws IOException {
    Golden.check("report.github-capped.txt", render(new GithubWriter(), SampleReport.input(12)));
  }

  static String render(ReportWriter writer, ReportInput input) throws IOException {
    StringBuilder out = new StringBuilder();
    writer.write(input, out);
    return out.toString();
  }
}
