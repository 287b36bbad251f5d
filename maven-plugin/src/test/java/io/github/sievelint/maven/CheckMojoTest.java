package io.github.sievelint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sievelint.testing.FailingRules;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal's parameters, run in-process on small folders. The invoker ITs run real builds; these
 * cover the combinations that would cost a Maven run each.
 */
class CheckMojoTest {

  /** The warning these tests fail on: unused-require at 1:9, a warning on every profile. */
  static final String UNUSED_REQUIRE = "require \"fileinto\";\nkeep;\n";

  /** vacation-missing-days at 2:1, an info by default, whose message names the server profile. */
  static final String MISSING_DAYS = "require \"vacation\";\nvacation \"away\";\n";

  /** The rules these tests count on, so that rules added later do not change the counts. */
  static final String SELECT =
      "root: true\nselect: [syntax-error, vacation-missing-days, unused-suppression,"
          + " unused-require]\n";

  @TempDir Path dir;

  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void repository() throws IOException {
    write(".sievelint.yaml", SELECT);
    write("users/alice.sieve", UNUSED_REQUIRE);
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private CheckMojo mojo() {
    CheckMojo mojo = new CheckMojo();
    mojo.setLog(log);
    mojo.basedir = dir.toFile();
    mojo.buildDirectory = dir.resolve("target").toFile();
    mojo.consoleOutput = true;
    mojo.pluginVersion = "test";
    return mojo;
  }

  @Test
  void warningFailsByDefaultAfterLoggingItAndWritingTheReports() {
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("sievelint: 1 violation at or above warning; the findings are listed above");
    assertThat(log.lines)
        .contains(
            "warn users/alice.sieve:1:9: capability \"fileinto\" is required but nothing in the"
                + " script uses it [unused-require]",
            "info sievelint: 1 problem (1 warning) in 1 file (1 file checked)");
    assertThat(dir.resolve("target/sievelint.sarif")).isRegularFile();
    assertThat(dir.resolve("target/sievelint-checkstyle.xml")).isRegularFile();
  }

  @Test
  void aFailingRuleFailsTheBuildAfterTheReportsWithEveryOtherFinding() throws Exception {
    write(".sievelint.yaml", "root: true\n");
    write("users/bob.sieve", UNUSED_REQUIRE + "# boom\n");
    CheckMojo failing = mojo();
    failing.registry = FailingRules.exploding();
    failing.failOnViolation = false;
    assertThatThrownBy(failing::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "sievelint: internal error in 1 part of the input (a sievelint bug); everything else"
                + " was checked and reported");
    assertThat(log.lines)
        .contains(
            "error sievelint: internal error in rule exploding (users/bob.sieve):"
                + " java.lang.IllegalStateException: boom; the rest was checked; run again with -X"
                + " (Maven's debug output) for the stack trace and report it at"
                + " https://github.com/sievelint/sievelint/issues")
        .anyMatch(line -> line.startsWith("warn users/alice.sieve:1:9: capability \"fileinto\""))
        .anyMatch(line -> line.startsWith("warn users/bob.sieve:1:9: capability \"fileinto\""));
    String sarif = Files.readString(dir.resolve("target/sievelint.sarif"));
    assertThat(sarif).contains("internal-error").contains("unused-require");
    assertThat(Files.readString(dir.resolve("target/sievelint-checkstyle.xml")))
        .contains("users/alice.sieve")
        .contains("internal-error");
  }

  @Test
  void maxAllowedViolationsAndFailOnViolation() throws Exception {
    CheckMojo tolerant = mojo();
    tolerant.maxAllowedViolations = 1;
    tolerant.execute();
    write("users/bob.sieve", UNUSED_REQUIRE);
    assertThatThrownBy(tolerant::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("2 violations at or above warning (1 allowed)");

    CheckMojo lenient = mojo();
    lenient.failOnViolation = false;
    lenient.execute();
  }

  @Test
  void unsetParametersFallBackToTheConfigurationAndSetOnesWin() throws Exception {
    write(".sievelint.yaml", SELECT + "failOn: error\n");
    mojo().execute();
    CheckMojo strict = mojo();
    strict.failOnSeverity = "warning";
    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class);

    write(".sievelint.yaml", SELECT + "exitZero: true\n");
    mojo().execute();
    CheckMojo failing = mojo();
    failing.failOnViolation = true;
    assertThatThrownBy(failing::execute).isInstanceOf(MojoFailureException.class);

    write("users/carol.sieve", MISSING_DAYS);
    write(".sievelint.yaml", SELECT + "server: stalwart\n");
    CheckMojo lenient = mojo();
    lenient.failOnViolation = false;
    lenient.execute();
    assertThat(log.lines)
        .anyMatch(
            l ->
                l.startsWith("info users/carol.sieve:2:1: vacation has no :days")
                    && l.contains("30 days on the stalwart profile"));
    lenient.server = "dovecot-2.4";
    lenient.execute();
    assertThat(String.join("\n", log.lines)).contains("7 days on the dovecot-2.4 profile");
  }

  @Test
  void brokenSetupIsAnExecutionError() throws IOException {
    CheckMojo server = mojo();
    server.server = "exchange";
    assertThatThrownBy(server::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("unknown server profile 'exchange'; choose one of generic");
    CheckMojo severity = mojo();
    severity.failOnSeverity = "fatal";
    assertThatThrownBy(severity::execute).isInstanceOf(MojoExecutionException.class);
    CheckMojo report = mojo();
    report.reports = Map.of("pdf", "target/x.pdf");
    assertThatThrownBy(report::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("unknown report format 'pdf'");
    CheckMojo baseline = mojo();
    baseline.baselineFile = new File("missing.json");
    assertThatThrownBy(baseline::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("baseline missing.json not found");

    write(".sievelint.yaml", SELECT + "rules:\n  vacation-missing-dayz: off\n");
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("sievelint: .sievelint.yaml:4: unknown rule 'vacation-missing-dayz'");
    CheckMojo pinned = mojo();
    pinned.configLocation = dir.resolve("ci/none.yaml").toFile();
    assertThatThrownBy(pinned::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("configuration file not found");
  }

  @Test
  void aBrokenManifestIsAnExecutionErrorAfterTheFindings() throws IOException {
    write(
        "sievelint.yaml",
        "version: 1\naccountz: {}\naccounts:\n  alice@example.com: {script: users/alice.sieve}\n");
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("sievelint: 1 problem reading the scripts or the model; see the errors above");
    assertThat(log.lines)
        .anyMatch(
            l -> l.startsWith("error sievelint: sievelint.yaml:2:1: ") && l.contains("accountz"))
        .anyMatch(l -> l.startsWith("warn users/alice.sieve:1:9: "));
  }

  @Test
  void pinnedConfigurationReplacesTheFoundOnes() throws Exception {
    write("ci/lenient.yaml", "select: [syntax-error]\n");
    CheckMojo pinned = mojo();
    pinned.configLocation = new File("ci/lenient.yaml");
    pinned.execute();
    assertThat(log.lines).contains("info sievelint: no problems in 1 file checked");
  }

  @Test
  void noScriptsUnderTheSourceFoldersFailsUnlessAllowed() throws Exception {
    CheckMojo mojo = mojo();
    mojo.sourceDirectories = List.of(new File("user"));
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("sievelint: no scripts found under user (set allowEmpty to accept that)");
    CheckMojo allowed = mojo();
    allowed.sourceDirectories = List.of(new File("user"));
    allowed.allowEmpty = true;
    allowed.execute();
    assertThat(log.lines).contains("info sievelint: no problems in 0 files checked");
  }

  @Test
  void sourceFoldersIncludesAndExcludes() throws Exception {
    write("users/legacy/old.sieve", UNUSED_REQUIRE);
    write("users/tests/t.svtest", UNUSED_REQUIRE);
    write("other/x.sieve", UNUSED_REQUIRE);
    CheckMojo mojo = mojo();
    mojo.failOnViolation = false;
    mojo.sourceDirectories = List.of(new File("users"), new File("nowhere"));
    mojo.includes = List.of("**/*.sieve", "**/*.svtest");
    mojo.excludes = List.of("legacy/");
    mojo.execute();
    assertThat(log.lines)
        .contains("warn sievelint: nowhere does not exist")
        .contains("info sievelint: 2 problems (2 warnings) in 2 files (2 files checked)")
        .anyMatch(l -> l.startsWith("warn users/alice.sieve:1:9: "))
        .anyMatch(l -> l.startsWith("warn users/tests/t.svtest:1:9: "));
  }

  @Test
  void consoleOutputOffLogsOnlyTheSummaryAndReportsGoWhereConfigured() throws Exception {
    CheckMojo quiet = mojo();
    quiet.consoleOutput = false;
    quiet.failOnViolation = false;
    quiet.reports = Map.of("json", "out/lint.json");
    quiet.execute();
    assertThat(log.lines).noneMatch(l -> l.contains("[unused-require]"));
    assertThat(log.lines).contains("info sievelint: wrote out/lint.json");
    assertThat(Files.readString(dir.resolve("out/lint.json")))
        .contains("\"ruleId\" : \"unused-require\"");
    assertThat(dir.resolve("target/sievelint.sarif")).doesNotExist();
  }

  @Test
  void skipDoesNothing() throws Exception {
    write("users/broken.sieve", "keep;\nstop\n");
    CheckMojo skipped = mojo();
    skipped.skip = true;
    skipped.execute();
    assertThat(log.lines).containsExactly("info sievelint: skipped (sievelint.skip)");
  }

  /** A Maven log that keeps every line with its level. */
  static final class RecordingLog implements Log {
    final List<String> lines = new ArrayList<>();

    private void add(String level, CharSequence content) {
      lines.add(level + " " + content);
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(CharSequence content) {}

    @Override
    public void debug(CharSequence content, Throwable error) {}

    @Override
    public void debug(Throwable error) {}

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public void info(CharSequence content) {
      add("info", content);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
      add("info", content);
    }

    @Override
    public void info(Throwable error) {
      add("info", String.valueOf(error));
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public void warn(CharSequence content) {
      add("warn", content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
      add("warn", content);
    }

    @Override
    public void warn(Throwable error) {
      add("warn", String.valueOf(error));
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public void error(CharSequence content) {
      add("error", content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
      add("error", content);
    }

    @Override
    public void error(Throwable error) {
      add("error", String.valueOf(error));
    }
  }
}
