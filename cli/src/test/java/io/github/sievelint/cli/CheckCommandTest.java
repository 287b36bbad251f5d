package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End-to-end runs of {@code sievelint check} through {@link Main#run}. */
class CheckCommandTest {

  static final String CLEAN = "require \"vacation\";\nvacation :days 7 \"away\";\n";

  /** The warning these tests fail on: unused-require at 1:9, a warning on every profile. */
  static final String UNUSED_REQUIRE = "require \"fileinto\";\nkeep;\n";

  /** vacation-missing-days at 2:1, an info by default, whose message names the server profile. */
  static final String MISSING_DAYS = "require \"vacation\";\nvacation \"away\";\n";

  static final String SYNTAX = "keep;\nstop\n";

  /**
   * The rules these tests count on; a root configuration selects only them, so that rules added
   * later do not change the counts and exit codes asserted here.
   */
  static final String SELECT =
      "select: [syntax-error, invalid-encoding, limit-exceeded, vacation-missing-days,"
          + " unused-suppression, unused-require]\n";

  private Path dir = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Files.createDirectories(dir.resolve(".git"));
    config("");
  }

  /** Writes the root .sievelint.yaml: the test's rule selection plus {@code yaml}. */
  Path config(String yaml) throws IOException {
    return write(".sievelint.yaml", SELECT + yaml);
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  Cli cli() {
    return new Cli(dir);
  }

  @Test
  void cleanFilesExitZero() throws IOException {
    write("a.sieve", CLEAN);
    Cli.Result r = cli().run("check", "a.sieve");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("no problems in 1 file checked");
  }

  @Test
  void findingsExitOne() throws IOException {
    write("users/a.sieve", UNUSED_REQUIRE);
    Cli.Result r = cli().run("check");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out())
        .contains("warning[unused-require]")
        .contains("--> users/a.sieve:1:9")
        .contains("1 problem (1 warning) in 1 file");
  }

  @Test
  void missingFileExitsTwo() {
    Cli.Result r = cli().run("check", "nope.sieve");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("sievelint: path not found: nope.sieve");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--no-such-option",
        "--format=pdf",
        "--fail-on=sometimes",
        "--color=rainbow",
        "--server=exchange",
        "--select=no-such-rule",
        "--severity=syntax-error=fatal",
        "--severity=syntax-error",
        "--option=broken",
        "--report=sarif",
        "--report=pdf=x.pdf",
        "--jobs=0",
        "--stdin-filename=x.sieve"
      })
  void badOptionsExitTwo(String option) throws IOException {
    write("a.sieve", CLEAN);
    Cli.Result r = cli().run("check", option, "a.sieve");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("sievelint: ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badConfigExitsTwoWithFileAndLine() throws IOException {
    write("a.sieve", CLEAN);
    config("format: text\nrules:\n  vacation-missing-dayz: off\n");
    Cli.Result r = cli().run("check", "a.sieve");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("sievelint: .sievelint.yaml:4: unknown rule 'vacation-missing-dayz'");
  }

  @Test
  void conciseJsonAndOtherFormats() throws IOException {
    write("a.sieve", UNUSED_REQUIRE);
    assertThat(cli().run("check", "--format", "concise").out())
        .isEqualTo(
            "a.sieve:1:9: warning: capability \"fileinto\" is required but nothing in the script"
                + " uses it [unused-require]\n");
    JsonNode json = parse(cli().run("check", "--format", "json").out());
    assertThat(json.path("version").asInt()).isEqualTo(1);
    assertThat(json.path("diagnostics").get(0).path("ruleId").asText()).isEqualTo("unused-require");
    assertThat(parse(cli().run("check", "--format", "sarif").out()).path("version").asText())
        .isEqualTo("2.1.0");
    assertThat(cli().run("check", "--format", "checkstyle").out())
        .contains("<checkstyle version=\"4.3\">")
        .contains("source=\"sievelint.unused-require\"");
    assertThat(cli().run("check", "--format", "github").out())
        .startsWith("::warning file=a.sieve,line=1,col=9,");
    assertThat(
            parse(cli().run("check", "--format", "gitlab").out())
                .get(0)
                .path("check_name")
                .asText())
        .isEqualTo("unused-require");
    assertThat(cli().run("check", "--format", "junit").out())
        .contains("<testsuite name=\"a.sieve\"");
  }

  @Test
  void githubIsTheDefaultUnderGithubActions() throws IOException {
    write("a.sieve", UNUSED_REQUIRE);
    Cli gha = cli().env(Map.of("GITHUB_ACTIONS", "true"));
    assertThat(gha.run("check").out()).startsWith("::warning ");
    assertThat(gha.run("check", "--format", "concise").out()).startsWith("a.sieve:1:9:");
    config("format: json\n");
    assertThat(gha.run("check").out()).as("a configured format counts as given").startsWith("{");
  }

  @Test
  void outputAndRepeatableReports() throws IOException {
    write("a.sieve", UNUSED_REQUIRE);
    Cli.Result r =
        cli()
            .run(
                "check",
                "--output",
                "out/main.txt",
                "--report",
                "sarif=out/sievelint.sarif",
                "--report",
                "junit=out/junit.xml",
                "--report=gitlab=out/gl.json");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(dir.resolve("out/main.txt"))).contains("warning[unused-require]");
    assertThat(Files.readString(dir.resolve("out/sievelint.sarif"))).contains("\"2.1.0\"");
    assertThat(Files.readString(dir.resolve("out/junit.xml"))).contains("<testsuites");
    assertThat(Files.readString(dir.resolve("out/gl.json"))).contains("\"check_name\"");
    Cli.Result both = cli().run("check", "--report", "json=out/r.json");
    assertThat(both.out()).as("the main report still goes to stdout").contains("warning[");
  }

  @Test
  void failOnAndExitZero() throws IOException {
    write("a.sieve", UNUSED_REQUIRE);
    assertThat(cli().run("check", "--fail-on", "error").code()).isZero();
    assertThat(cli().run("check", "--fail-on", "warning").code()).isEqualTo(1);
    assertThat(cli().run("check", "--fail-on", "never").code()).isZero();
    assertThat(cli().run("check", "--exit-zero").code()).isZero();
    assertThat(cli().run("check", "--severity", "unused-require=info").code()).isZero();
    assertThat(cli().run("check", "--severity", "unused-require=info", "--fail-on", "info").code())
        .isEqualTo(1);
    write("b.sieve", SYNTAX);
    assertThat(cli().run("check", "--fail-on", "error").code()).isEqualTo(1);
  }

  @Test
  void selectIgnoreAndSeverity() throws IOException {
    write("a.sieve", MISSING_DAYS);
    write("b.sieve", SYNTAX);
    assertThat(cli().run("check", "--format=concise", "--select", "syntax-error").out())
        .contains("[syntax-error]")
        .doesNotContain("[vacation-missing-days]");
    assertThat(
            cli().run("check", "--format=concise", "--ignore", "syntax-error,limit-exceeded").out())
        .doesNotContain("[syntax-error]")
        .contains("[vacation-missing-days]");
    assertThat(
            cli()
                .run("check", "--format=concise", "--severity", "vacation-missing-days=error")
                .out())
        .contains("a.sieve:2:1: error:");
    assertThat(
            cli().run("check", "--format=concise", "--severity", "vacation-missing-days=off").out())
        .doesNotContain("vacation-missing-days");
  }

  @Test
  void serverProfileChangesTheMessage() throws IOException {
    write("a.sieve", MISSING_DAYS);
    assertThat(cli().run("check", "--server", "stalwart").out())
        .contains("30 days on the stalwart profile");
    config("server: stalwart\n");
    assertThat(cli().run("check").out()).contains("30 days on the stalwart profile");
    assertThat(cli().run("check", "--server", "dovecot-2.4").out())
        .as("the command line wins")
        .contains("7 days on the dovecot-2.4 profile");
  }

  @Test
  void configIsFoundWalkingUpFromEachFile() throws IOException {
    write("users/a.sieve", MISSING_DAYS);
    write("global/b.sieve", MISSING_DAYS);
    write("users/.sievelint.yaml", "rules:\n  vacation-missing-days: {severity: error}\n");
    write("sievelint.yaml", "version: 1\nrules:\n  vacation-missing-days: warning\n");
    Cli.Result r = cli().run("check", "--format", "concise");
    assertThat(r.out())
        .contains("global/b.sieve:2:1: warning: vacation has no :days")
        .contains("users/a.sieve:2:1: error: vacation has no :days");
    assertThat(r.code()).isEqualTo(1);
    Cli.Result none = cli().run("check", "--format", "concise", "--no-config");
    assertThat(none.out())
        .as("the default severity")
        .contains("global/b.sieve:2:1: info: vacation has no :days")
        .contains("users/a.sieve:2:1: info: vacation has no :days");
  }

  @Test
  void pinnedConfigAndShowConfig() throws IOException {
    write("a.sieve", UNUSED_REQUIRE);
    config("failOn: error\n");
    write(
        "ci/strict.yaml",
        "failOn: info\nformat: concise\nrules: {vacation-period-too-short: {minSeconds: 60}}\n");
    assertThat(cli().run("check").code()).isZero();
    Cli.Result pinned = cli().run("check", "--config", "ci/strict.yaml");
    assertThat(pinned.code()).isEqualTo(1);
    assertThat(pinned.out()).startsWith("a.sieve:1:9:");
    Cli.Result shown =
        cli()
            .run(
                "check",
                "--config",
                "ci/strict.yaml",
                "--show-config",
                "--fail-on",
                "warning",
                "--option",
                "forwarding-chain-too-long.maxHops=99");
    assertThat(shown.code()).isZero();
    assertThat(shown.out())
        .contains("read from: ci/strict.yaml")
        .contains("format: concise")
        .contains("failOn: warning")
        .contains("minSeconds: 60")
        .contains("maxHops: 99");
    assertThat(cli().run("check", "--config", "missing.yaml").code()).isEqualTo(2);
    assertThat(cli().run("check", "--config", "ci/strict.yaml", "--no-config").code()).isEqualTo(2);
  }

  @Test
  void suppressionCommentsWork() throws IOException {
    write(
        "a.sieve",
        "require \"vacation\";\n# sievelint: disable=vacation-missing-days -- on purpose\nvacation \"x\";\n");
    assertThat(cli().run("check", "--fail-on", "info").code()).isZero();
    write("b.sieve", "# sievelint: disable=vacation-missing-dayz\nkeep;\n");
    Cli.Result r = cli().run("check", "--format", "concise", "--fail-on", "info");
    assertThat(r.out()).contains("b.sieve:1:22: info: sievelint directive names unknown rule");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void standardInput() throws IOException {
    Cli.Result r = cli().stdin(UNUSED_REQUIRE).run("check", "--format", "concise", "-");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("-:1:9: warning:");
    write("users/.sievelint.yaml", "rules: {unused-require: error}\n");
    Cli.Result named =
        cli()
            .stdin(UNUSED_REQUIRE)
            .run("check", "--format", "concise", "--stdin-filename", "users/x.sieve", "-");
    assertThat(named.out()).startsWith("users/x.sieve:1:9: error:");
    assertThat(cli().stdin("").run("check", "-", "a.sieve").code()).isEqualTo(2);
  }

  @Test
  void statisticsAndQuiet() throws IOException {
    write("a.sieve", MISSING_DAYS + "vacation \"again\";\n");
    write("b.sieve", SYNTAX);
    Cli.Result stats = cli().run("check", "--statistics", "--quiet");
    assertThat(stats.out())
        .contains("    2  vacation-missing-days  info")
        .contains("    1  syntax-error           error")
        .doesNotContain("problems (");
    Cli.Result json = cli().run("check", "--statistics", "--format", "json");
    assertThat(json.err()).contains("vacation-missing-days");
    assertThat(parse(json.out()).path("diagnostics").size()).isEqualTo(3);
  }

  @Test
  void parallelOutputIsTheSameAsSerial() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("d" + (i % 5) + "/s" + i + ".sieve", i % 3 == 0 ? SYNTAX : MISSING_DAYS);
    }
    Cli.Result serial = cli().run("check", "--jobs", "1", "--format", "json");
    Cli.Result parallel = cli().run("check", "-j", "4", "--format", "json");
    assertThat(parallel.out()).isEqualTo(serial.out());
    assertThat(parse(serial.out()).path("diagnostics").size()).isEqualTo(40);
  }

  @Test
  void colourFollowsOptionsAndEnvironment() throws IOException {
    write("a.sieve", MISSING_DAYS);
    String esc = "\u001b[";
    assertThat(cli().run("check", "--color", "always").out()).contains(esc);
    assertThat(cli().terminal(true).run("check", "--color", "never").out()).doesNotContain(esc);
    assertThat(cli().run("check").out()).as("not a terminal").doesNotContain(esc);
    assertThat(cli().terminal(true).run("check").out()).as("a terminal").contains(esc);
    assertThat(cli().env(Map.of("FORCE_COLOR", "1")).run("check").out()).contains(esc);
    assertThat(cli().env(Map.of("FORCE_COLOR", "0")).run("check").out()).doesNotContain(esc);
    assertThat(
            cli()
                .terminal(true)
                .env(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"))
                .run("check")
                .out())
        .doesNotContain(esc);
    assertThat(cli().terminal(true).env(Map.of("TERM", "dumb")).run("check").out())
        .doesNotContain(esc);
    assertThat(cli().terminal(true).run("check", "--output", "r.txt").out()).isEmpty();
    assertThat(Files.readString(dir.resolve("r.txt")))
        .as("files get no colour")
        .doesNotContain(esc);
  }

  @Test
  void unwritableReportExitsTwo() throws IOException {
    write("a.sieve", CLEAN);
    Files.createDirectories(dir.resolve("taken"));
    Cli.Result r = cli().run("check", "--output", "taken");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("sievelint: cannot write the report: taken");
  }

  @Test
  void plainMainRunUsesTheProcessEnvironment() throws IOException {
    Path file = write("a.sieve", UNUSED_REQUIRE);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    try (java.io.PrintStream o = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        java.io.PrintStream e = new java.io.PrintStream(err, true, StandardCharsets.UTF_8)) {
      int code =
          Main.run(
              new String[] {"check", "--no-config", "--format=concise", file.toString()}, o, e);
      assertThat(code).isEqualTo(1);
      int missing = Main.run(new String[] {"check", file + ".missing"}, o, e);
      assertThat(missing).isEqualTo(2);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(":1:9: warning:");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("path not found");
  }

  @Test
  void helpListsExitCodes() {
    Cli.Result help = cli().run("check", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("0   nothing at or above --fail-on");
    assertThat(cli().run("--help").out()).contains("Exit codes:").contains("completion");
    assertThat(cli().run("--version").out()).startsWith("sievelint ");
  }

  static JsonNode parse(String json) throws IOException {
    return new ObjectMapper().readTree(json);
  }
}
