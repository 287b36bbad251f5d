package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end through {@link Main#run}, as a user or CI runs it. */
class MainTest {

  @TempDir Path dir;
  private Path bad;
  private Path good;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void scripts() throws IOException {
    // Pin the rules these tests count on, so that rules added later do not move the counts.
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".sievelint.yaml"), CheckCommandTest.SELECT);
    bad = dir.resolve("accounts/alice.sieve");
    Files.createDirectories(bad.getParent());
    Files.writeString(bad, CheckCommandTest.UNUSED_REQUIRE);
    good = dir.resolve("accounts/bob.siv");
    Files.writeString(good, "require \"vacation\";\nvacation :days 7 \"I am away\";\n");
    Files.writeString(dir.resolve("accounts/notes.txt"), "not a script {");
  }

  @Test
  void versionPrintsTheBuiltVersion() {
    Run run = run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("sievelint ").doesNotContain("unknown");
  }

  @Test
  void helpListsTheExitCodes() {
    Run run = run("check", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Exit codes:").contains("--fail-on");
  }

  @Test
  void aWarningFailsByDefaultAndTextShowsTheSnippet() {
    Run run = run("check", "--color", "never", dir.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("warning[unused-require]: capability \"fileinto\" is required")
        .contains("alice.sieve:1:9")
        .contains("1 | require \"fileinto\";")
        .contains("  |         ^^^^^^^^^^")
        .contains("= help:")
        .contains("1 problem (1 warning) in 1 file (2 files checked)")
        .doesNotContain("\u001b[");
  }

  @Test
  void failOnErrorLetsWarningsThrough() {
    assertThat(run("check", "--fail-on", "error", dir.toString()).exit()).isZero();
    assertThat(run("check", "--fail-on", "never", dir.toString()).exit()).isZero();
    assertThat(run("check", "--exit-zero", dir.toString()).exit()).isZero();
    assertThat(run("check", "--fail-on", "info", dir.toString()).exit()).isEqualTo(1);
  }

  @Test
  void aCleanFileExitsZero() {
    Run run = run("check", good.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("no problems in 1 file checked");
  }

  @Test
  void conciseIsOneLinePerFinding() {
    Run run = run("check", "--format", "concise", bad.toString());
    assertThat(run.out().strip())
        .endsWith(
            ": warning: capability \"fileinto\" is required but nothing in the script uses it"
                + " [unused-require]")
        .contains("alice.sieve:1:9:");
  }

  @Test
  void jsonAndSarifGoToTheOutputFile() throws IOException {
    Path json = dir.resolve("out/report.json");
    assertThat(run("check", "--format", "json", "--output", json.toString(), dir.toString()).exit())
        .isEqualTo(1);
    JsonNode doc = new ObjectMapper().readTree(json.toFile());
    assertThat(doc.get("version").asInt()).isEqualTo(1);
    JsonNode first = doc.get("diagnostics").get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("unused-require");
    assertThat(first.get("line").asInt()).isEqualTo(1);
    assertThat(first.get("endColumn").asInt()).isEqualTo(19);
    assertThat(first.get("fingerprint").asText()).hasSize(32);

    Path sarif = dir.resolve("out/report.sarif");
    run("check", "--format", "sarif", "--output", sarif.toString(), bad.toString());
    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode result = log.get("runs").get(0).get("results").get(0);
    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
  }

  @Test
  void aMissingPathIsExitTwoButTheOtherFilesAreStillLinted() {
    Run run =
        run("check", "--format", "concise", dir.resolve("nope.sieve").toString(), bad.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("path not found").contains("nope.sieve");
    assertThat(run.out()).contains("[unused-require]");
  }

  @Test
  void badOptionsAreExitTwoWithAMessage() {
    Run unknown = run("check", "--no-such-option");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option");
    Run format = run("check", "--format", "xml", dir.toString());
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("unknown format 'xml'");
    Run failOn = run("check", "--fail-on", "sometimes", dir.toString());
    assertThat(failOn.exit()).isEqualTo(2);
    Run server = run("check", "--server", "sendmail", dir.toString());
    assertThat(server.exit()).isEqualTo(2);
    assertThat(server.err()).contains("dovecot-2.4");
  }

  @Test
  void serverProfileChangesTheMessage() throws IOException {
    Path away = dir.resolve("accounts/carol.sieve");
    Files.writeString(away, CheckCommandTest.MISSING_DAYS);
    Run run = run("check", "--format", "concise", "--server", "stalwart", away.toString());
    assertThat(run.out())
        .contains("carol.sieve:2:1: info: vacation has no :days")
        .contains("30 days on the stalwart profile");
  }

  @Test
  void syntaxErrorsAreReportedEachOnItsLine() throws IOException {
    Path broken = dir.resolve("broken.sieve");
    Files.writeString(broken, "keep;\n}\nfileinto \"x\"\n}\n");
    Run run = run("check", "--format", "concise", broken.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.contains("[syntax-error]")).count())
        .isGreaterThanOrEqualTo(2);
    assertThat(run.out()).contains("broken.sieve:2:1: error: unexpected '}'");
  }

  @Test
  void checkFindsTheLoopOfTheExampleRepository() {
    Run run = run("check", "--format", "concise", "--color", "never", "../examples");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("users/dave.sieve:4:1: error: redirect loop: dave@example.com")
        // The message names files as the location does (absolute here, like the path given).
        .contains("postfix/virtual:3) -> erin@example.com")
        .contains("[redirect-cycle]");
  }

  @Test
  void graphPrintsDotAndMermaidWithTheCycleMarked() {
    Run dot = run("graph", "../examples");
    assertThat(dot.exit()).isZero();
    assertThat(dot.out())
        .startsWith("digraph forwarding {")
        .contains("\"dave@example.com\" -> \"team@example.com\"")
        .contains("color=red");
    Run mermaid = run("graph", "../examples", "--format", "mermaid");
    assertThat(mermaid.out()).startsWith("flowchart LR").contains("linkStyle");
    Run json = run("graph", "../examples", "--format", "json");
    assertThat(json.out()).contains("\"cycles\"").contains("\"onCycle\" : true");
  }

  @Test
  void graphWithoutAModelSaysHowToEnableIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Run run = run("graph", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("add a sievelint.yaml");
  }
}
