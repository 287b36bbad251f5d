package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting sievelint on a legacy repository: accept today's findings, fail on new ones. */
class BaselineCliTest {

  /** A script with a warning (unused-require at 1:9) that the legacy repository lives with. */
  static final String LEGACY =
      "require \"fileinto\";\nif header :contains \"subject\" \"x\" {\n  keep;\n}\n";

  private Path dir = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Files.createDirectories(dir.resolve(".git"));
    write(".sievelint.yaml", CheckCommandTest.SELECT);
    write("users/alice.sieve", LEGACY);
    write("users/bob.sieve", LEGACY + "keep;\nstop\n");
    write("users/carol.sieve", "keep;\n");
  }

  void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void legacyRepositoryFailsOnlyOnNewProblems() throws IOException {
    Cli cli = new Cli(dir);
    assertThat(cli.run("check").code()).as("the legacy repository fails today").isEqualTo(1);

    Cli.Result update = cli.run("check", "--update-baseline");
    assertThat(update.code()).as(update.toString()).isZero();
    // alice: unused-require; bob: a syntax error only (the rules that need the whole script say
    // nothing on a patched tree).
    assertThat(update.err()).contains("wrote 2 accepted findings to .sievelint-baseline.json");
    assertThat(dir.resolve(".sievelint-baseline.json")).exists();

    Cli.Result adopted = cli.run("check", "--baseline", ".sievelint-baseline.json");
    assertThat(adopted.code()).as(adopted.toString()).isZero();
    assertThat(adopted.out()).contains("no problems in 3 files checked");

    // Lines added above the accepted findings do not bring them back.
    write("users/alice.sieve", "# a comment\n\n" + LEGACY);
    assertThat(cli.run("check", "--baseline", ".sievelint-baseline.json").code()).isZero();

    // A new problem fails the build, and only it is reported.
    write("users/carol.sieve", CheckCommandTest.UNUSED_REQUIRE);
    Cli.Result fresh =
        cli.run("check", "--baseline", ".sievelint-baseline.json", "--format", "concise");
    assertThat(fresh.code()).isEqualTo(1);
    assertThat(fresh.out().lines())
        .containsExactly(
            fresh
                .out()
                .lines()
                .filter(l -> l.startsWith("users/carol.sieve:1:9: warning:"))
                .findFirst()
                .orElse("none"));

    // Fixing a legacy problem leaves a stale entry, reported as information.
    write("users/carol.sieve", "keep;\n");
    // (bob's whole script is fixed: with the syntax error gone, the rules that need the whole
    // script speak again, and LEGACY would bring back its unused require.)
    write("users/bob.sieve", "keep;\n");
    Cli.Result stale = cli.run("check", "--baseline", ".sievelint-baseline.json");
    assertThat(stale.code()).isZero();
    assertThat(stale.err())
        .contains("baseline entry no longer found: users/bob.sieve syntax-error (1)");
  }

  @Test
  void baselineFromConfigAndFromAnotherFolder() throws IOException {
    Cli cli = new Cli(dir);
    assertThat(cli.run("check", "--baseline", "ci/base.json", "--update-baseline").code()).isZero();
    write(".sievelint.yaml", CheckCommandTest.SELECT + "baseline: ci/base.json\n");
    assertThat(cli.run("check").code()).as("the configured baseline is used").isZero();
    Cli inUsers = new Cli(dir.resolve("users"));
    assertThat(inUsers.run("check", ".").code()).as("paths are relative to the baseline").isZero();
    assertThat(cli.run("check", "--baseline", "nope.json").code()).isEqualTo(2);
    write("bad.json", "{]");
    assertThat(cli.run("check", "--baseline", "bad.json").err()).contains("invalid JSON at line 1");
  }
}
