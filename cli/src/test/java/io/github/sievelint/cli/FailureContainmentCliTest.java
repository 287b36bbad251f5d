package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sievelint.testing.FailingRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that throws on one file, seen from the command line: the complete report is written (every
 * other finding, one internal-error finding), one line per failure goes to standard error after it,
 * and the exit code is 2, also in hook mode ({@code --changed}).
 */
class FailureContainmentCliTest {

  private Path dir = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Files.createDirectories(dir.resolve(".git"));
    write(
        "sievelint.yaml",
        """
        version: 1
        domains: [example.com]
        accounts:
          dave@example.com: {script: users/dave.sieve}
          erin@example.com: {script: users/erin.sieve}
        """);
    write("users/dave.sieve", "redirect \"erin@example.com\";\n# boom\n");
    write(
        "users/erin.sieve",
        "require \"vacation\";\nvacation \"x\";\nredirect \"dave@example.com\";\n");
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Cli cli() {
    return new Cli(dir).rules(FailingRules.exploding());
  }

  private static List<String> ruleIds(String sarif) throws IOException {
    List<String> ids = new ArrayList<>();
    for (JsonNode result : new ObjectMapper().readTree(sarif).at("/runs/0/results")) {
      ids.add(result.get("ruleId").asText());
    }
    return ids;
  }

  @Test
  void theReportIsCompleteAndTheRunFails() throws IOException {
    Cli.Result clean = new Cli(dir).run("check", "--format", "sarif", ".");
    assertThat(clean.code()).as(clean.toString()).isEqualTo(1);

    Cli.Result failed = cli().run("check", "--format", "sarif", "--report", "junit=j.xml", ".");
    assertThat(failed.code()).as(failed.toString()).isEqualTo(2);
    List<String> expected = new ArrayList<>(ruleIds(clean.out()));
    expected.add("internal-error");
    assertThat(ruleIds(failed.out())).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(ruleIds(clean.out())).contains("redirect-cycle", "vacation-missing-days");
    assertThat(Files.readString(dir.resolve("j.xml"))).contains("internal-error");
    assertThat(failed.err().lines().toList())
        .containsExactly(
            "sievelint: internal error in rule exploding (users/dave.sieve):"
                + " java.lang.IllegalStateException: boom; the rest was checked; run again with"
                + " --debug for the stack trace and report it at"
                + " https://github.com/sievelint/sievelint/issues");
  }

  @Test
  void exitZeroDoesNotHideTheFailureAndDebugShowsTheTrace() {
    Cli.Result r = cli().run("check", "--exit-zero", "--debug", "--format", "concise", ".");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).contains("[internal-error]").contains("[redirect-cycle]");
    assertThat(r.err())
        .contains("internal error in rule exploding")
        .contains("java.lang.IllegalStateException: boom")
        .contains("\tat io.github.sievelint.testing.FailingRules$Exploding.check");
  }

  @Test
  void hookModeReportsTheFailureOfAChangedScript() {
    Cli.Result r = cli().run("check", "--changed", "--format", "concise", "users/dave.sieve");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).contains("users/dave.sieve:1:1: error: internal error in rule exploding");
    assertThat(r.out()).contains("[redirect-cycle]");
    assertThat(r.err()).contains("sievelint: internal error in rule exploding (users/dave.sieve)");
  }

  @Test
  void aBaselineNeverAcceptsAnInternalError() throws IOException {
    Cli.Result update = cli().run("check", "--update-baseline", ".");
    assertThat(update.code()).as(update.toString()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve(".sievelint-baseline.json")))
        .doesNotContain("internal-error")
        .contains("redirect-cycle");
    Cli.Result again =
        cli().run("check", "--baseline", ".sievelint-baseline.json", "--format", "concise", ".");
    assertThat(again.code()).as(again.toString()).isEqualTo(2);
    assertThat(again.out()).contains("[internal-error]").doesNotContain("[redirect-cycle]");
  }
}
