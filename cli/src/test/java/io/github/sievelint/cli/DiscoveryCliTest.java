package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repository discovery through {@link Main#run} (issue 19, observation 1): checking part of the
 * README's example mail system, from wherever, gets what checking all of it gets for that part.
 */
class DiscoveryCliTest {

  private static final Path EXAMPLES = ProjectRoot.get().resolve("examples");

  private static final String CYCLE = "users/dave.sieve:4:1: error: redirect loop";

  @Test
  void aFolderInsideTheMailSystemIsCheckedWithItsModel() {
    Cli.Result whole = new Cli(EXAMPLES).run("check", "--format", "concise", ".");
    Cli.Result part = new Cli(EXAMPLES.resolve("users")).run("check", "--format", "concise", ".");
    assertThat(part.code()).as(part.toString()).isEqualTo(1);
    assertThat(part.err()).as(part.toString()).isEmpty();
    // Same findings, every path shown relative to the working directory (a file outside it,
    // absolute), in the locations and in the messages alike.
    String outside = EXAMPLES.toAbsolutePath().normalize() + "/";
    assertThat(lines(part.out()))
        .isEqualTo(
            lines(whole.out()).stream()
                .map(l -> l.replaceFirst("^users/", ""))
                .map(l -> l.replaceAll("(?<=[\\s(])users/", ""))
                .map(l -> l.replaceAll("(?<=[\\s(])(global|postfix)/", outside + "$1/"))
                .sorted()
                .toList());
    assertThat(part.out()).contains("[redirect-cycle]").doesNotContain("vacation-unguarded");
  }

  @Test
  void aFileGetsTheWholeRunsFindingsThatTouchIt() {
    Cli.Result whole = new Cli(EXAMPLES).run("check", "--format", "concise", ".");
    Cli.Result file = new Cli(EXAMPLES).run("check", "--format", "concise", "users/dave.sieve");
    assertThat(file.out()).startsWith(CYCLE);
    assertThat(lines(file.out()))
        .isEqualTo(lines(whole.out()).stream().filter(l -> l.startsWith("users/dave")).toList());
  }

  @Test
  void standardInputIsJudgedAsTheFileItIsNamedAfter() throws IOException {
    Cli.Result file = new Cli(EXAMPLES).run("check", "--format", "concise", "users/dave.sieve");
    Cli.Result stdin =
        new Cli(EXAMPLES)
            .stdin(Files.readString(EXAMPLES.resolve("users/dave.sieve"), StandardCharsets.UTF_8))
            .run("check", "--format", "concise", "--stdin-filename", "users/dave.sieve", "-");
    assertThat(stdin.out()).as(stdin.toString()).startsWith(CYCLE).isEqualTo(file.out());
  }

  @Test
  void hookModeFindsTheMailSystemAboveTheChangedFile() {
    Cli.Result file = new Cli(EXAMPLES).run("check", "--format", "concise", "users/dave.sieve");
    Cli.Result changed =
        new Cli(EXAMPLES).run("check", "--changed", "--format", "concise", "users/dave.sieve");
    assertThat(changed.out()).as(changed.toString()).startsWith(CYCLE).isEqualTo(file.out());
  }

  @Test
  void noModelLintsEveryFileOnItsOwn() {
    Cli.Result r =
        new Cli(EXAMPLES).run("check", "--no-model", "--format", "concise", "users/dave.sieve");
    assertThat(r.out()).doesNotContain("redirect-cycle");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void withoutAModelOneInfoLineSaysSo(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(dir, "scripts/a.sieve", "keep;\n");
    write(dir, "scripts/b.sieve", "keep;\n");
    Cli.Result r = new Cli(dir).run("check", "scripts/a.sieve", "scripts/b.sieve");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "sievelint: info: no mail-system model found at or above scripts/a.sieve (no"
                + " sievelint.yaml or known layout): the cross-account rules did not run"
                + System.lineSeparator());
    assertThat(new Cli(dir).run("check", "--quiet", "scripts").err()).isEmpty();
    assertThat(new Cli(dir).run("check", "--no-model", "scripts").err()).isEmpty();
  }

  @Test
  void theWalkUpStopsAtARootConfigAndTheConfigKeyTurnsItOff(@TempDir Path dir) throws IOException {
    write(dir, "sievelint.yaml", "version: 1\naccounts:\n  a@example.com: {script: x/y/a.sieve}\n");
    write(dir, "x/y/a.sieve", "redirect \"a@example.com\";\n");
    Cli.Result found = new Cli(dir.resolve("x")).run("check", "--format", "concise", "y/a.sieve");
    assertThat(found.out()).as(found.toString()).contains("[redirect-to-self]");

    write(dir, "x/.sievelint.yaml", "root: true\n");
    Cli.Result bounded = new Cli(dir.resolve("x")).run("check", "--format", "concise", "y");
    assertThat(bounded.out()).doesNotContain("redirect-to-self");
    assertThat(bounded.err()).contains("no mail-system model found at or above y ");

    write(dir, "x/.sievelint.yaml", "model: false\n");
    Cli.Result off = new Cli(dir.resolve("x")).run("check", "--format", "concise", "y");
    assertThat(off.out()).doesNotContain("redirect-to-self");
    assertThat(off.err()).isEmpty();
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).sorted().toList();
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
