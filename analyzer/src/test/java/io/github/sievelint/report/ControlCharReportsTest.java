package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * A script that tries to take over the terminal of whoever lints it: control characters in the
 * message, help, related label, file path and source line. No format may write one of them raw.
 */
class ControlCharReportsTest {

  /** ESC (a colour code), BEL, a carriage return in the middle, NUL, NEL (U+0085) and RLO. */
  static final String NASTY = "\u001b[31mRED\u001b[0m \u0007bel a\rb \u0000nul \u0085nel \u202erlo";

  /** No NUL: no file system allows one in a name, and {@code Path.of} refuses it. */
  static final String PATH = "users/evil" + NASTY.replace("\u0000", "") + ".sieve";

  /** A tab first, so that tab expansion and escaping add up before the marked word. */
  static final String LINE = "\tredirect \"x" + NASTY.replace("\r", "") + "\" MARK;";

  static final String MESSAGE = "message " + NASTY + " end";

  static final String HELP = "help " + NASTY;

  static final String LABEL = "label " + NASTY;

  static ReportInput input() {
    SourceFile file = SourceFile.of(PATH, "keep;\n" + LINE + "\n");
    int mark = file.text().indexOf("MARK");
    Span marked = file.span(mark, mark + "MARK".length());
    int escape = file.text().indexOf('\u001b');
    Span colour = file.span(escape, escape + "\u001b[31m".length());
    List<Diagnostic> list =
        List.of(
            new Diagnostic(
                "sample-error",
                Severity.ERROR,
                PATH,
                marked,
                MESSAGE,
                List.of(new Related(PATH, colour, LABEL)),
                HELP),
            new Diagnostic(
                "sample-warning", Severity.WARNING, PATH, colour, MESSAGE, List.of(), null));
    return new ReportInput(list, Map.of(PATH, file), SampleReport.REGISTRY, "1.2.3", 1);
  }

  static Stream<String> formats() {
    return Formats.NAMES.stream();
  }

  static String render(String format) throws IOException {
    ReportWriter writer = Formats.writer(format, false, ReportGoldenTest.ROOT).orElseThrow();
    return ReportGoldenTest.render(writer, input());
  }

  /** The control characters of {@code out} other than line feeds, as code points. */
  static List<String> rawControls(String out) {
    return out.codePoints()
        .filter(c -> c != '\n' && ControlChars.isControl(c))
        .mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void noFormatWritesARawControlCharacter(String format) throws IOException {
    assertThat(rawControls(render(format))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "concise", "github"})
  void lineFormatsShowTheEscapes(String format) throws IOException {
    assertThat(render(format))
        .contains("\\x1b[31mRED\\x1b[0m", "\\x07bel", "a\\x0db", "\\x00nul", "\\x85nel")
        .contains("\\u{202e}rlo");
  }

  @Test
  void lineFormatsKeepOneLineAFinding() throws IOException {
    assertThat(render("concise").lines()).hasSize(2);
    assertThat(render("github").lines()).hasSize(2);
  }

  @Test
  void textInColourHasOnlyItsOwnEscapeSequences() throws IOException {
    String plain = ReportGoldenTest.render(new TextWriter(false), input());
    String colour = ReportGoldenTest.render(new TextWriter(true), input());
    assertThat(colour).contains("\u001b[1;31m", "\u001b[0m");
    // Without the writer's own codes the colour report is the plain one, which has no raw escape:
    // every ESC in the colour report is one of the writer's.
    assertThat(colour.replaceAll("\u001b\\[(?:0|1|1;3[1346])m", "")).isEqualTo(plain);
    assertThat(rawControls(plain)).isEmpty();
  }

  @Test
  void caretsStayUnderTheMarkedText() throws IOException {
    List<String> lines = render("text").lines().toList();
    String shown = " 2 | " + ControlChars.escape(LINE.replace("\t", "    "));
    List<Integer> snippets =
        IntStream.range(0, lines.size()).filter(i -> lines.get(i).equals(shown)).boxed().toList();
    // The warning on the escape sequence, the error on MARK, the error's related location.
    assertThat(snippets).as("the escaped source line in %s", lines).hasSize(3);
    String escape = "\\x1b[31m";
    assertMarks(lines.get(snippets.get(0) + 1), shown.indexOf(escape), "^".repeat(escape.length()));
    assertMarks(lines.get(snippets.get(1) + 1), shown.indexOf("MARK"), "^^^^");
    assertMarks(
        lines.get(snippets.get(2) + 1),
        shown.indexOf(escape),
        "-".repeat(escape.length()) + " " + ControlChars.escape(LABEL));
  }

  /** {@code line} is the gutter, then {@code marks} from {@code column} on. */
  private static void assertMarks(String line, int column, String marks) {
    assertThat(line).isEqualTo("   | " + " ".repeat(column - "   | ".length()) + marks);
  }

  @Test
  void jsonFormatsEscapeAndRoundTripEveryControl() throws IOException {
    String json = render("json");
    assertThat(json).contains("\\u001B[31m", "\\u0007", "\\r", "\\u0000", "\\u0085", "\\u202E");
    // Findings in report order: the warning (on the escape sequence, further left), the error.
    JsonNode finding = JsonWriter.MAPPER.readTree(json).path("diagnostics").path(1);
    assertThat(finding.path("message").asText()).isEqualTo(MESSAGE);
    assertThat(finding.path("help").asText()).isEqualTo(HELP);
    assertThat(finding.path("file").asText()).isEqualTo(PATH);
    assertThat(finding.path("related").path(0).path("message").asText()).isEqualTo(LABEL);

    JsonNode result = JsonWriter.MAPPER.readTree(render("sarif")).path("runs").path(0);
    JsonNode sarif = result.path("results").path(1);
    assertThat(sarif.path("message").path("text").asText()).isEqualTo(MESSAGE);
    assertThat(sarif.path("relatedLocations").path(0).path("message").path("text").asText())
        .isEqualTo(LABEL);

    JsonNode gitlab = JsonWriter.MAPPER.readTree(render("gitlab")).path(1);
    assertThat(gitlab.path("description").asText()).isEqualTo(MESSAGE);
    assertThat(gitlab.path("location").path("path").asText()).isEqualTo(PATH);
  }

  @Test
  void xmlFormatsKeepWhatXmlCanHold() throws Exception {
    // NUL, ESC and BEL cannot be in XML 1.0 at all and become U+FFFD; the carriage return, NEL and
    // RLO are written as character references and read back as themselves.
    String cleaned = XmlOutput.clean(MESSAGE);
    assertThat(cleaned).contains("\uFFFD[31m", "\r", "\u0085", "\u202e");

    String checkstyle = render("checkstyle");
    assertThat(checkstyle).contains("&#xD;", "&#x85;", "&#x202E;");
    Element file = (Element) XmlReportsTest.parse(checkstyle).getElementsByTagName("file").item(0);
    assertThat(file.getAttribute("name")).isEqualTo(XmlOutput.clean(PATH));
    Element error = (Element) file.getElementsByTagName("error").item(1);
    assertThat(error.getAttribute("message")).isEqualTo(cleaned);

    Element failure =
        (Element) XmlReportsTest.parse(render("junit")).getElementsByTagName("failure").item(1);
    assertThat(failure.getAttribute("message")).isEqualTo(cleaned);
    assertThat(failure.getTextContent()).contains(cleaned, "help: " + XmlOutput.clean(HELP));
  }
}
