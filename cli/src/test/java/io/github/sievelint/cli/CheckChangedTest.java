package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hook mode, {@code sievelint check --changed}, through {@link Main#run}. */
class CheckChangedTest {

  private Path dir = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Files.createDirectories(dir.resolve(".git"));
    write(".sievelint.yaml", CheckCommandTest.SELECT);
    write("users/alice.sieve", CheckCommandTest.UNUSED_REQUIRE);
    write("users/bob.sieve", CheckCommandTest.UNUSED_REQUIRE);
    write("users/carol.sieve", CheckCommandTest.CLEAN);
  }

  @Test
  void reportsOnlyTheChangedScripts() {
    Cli.Result r = cli().run("check", "--changed", "--format", "concise", "users/alice.sieve");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("users/alice.sieve:1:9").doesNotContain("bob");

    Cli.Result clean = cli().run("check", "--changed", "users/carol.sieve");
    assertThat(clean.code()).as(clean.toString()).isZero();
  }

  @Test
  void aFolderCountsAsEveryScriptInIt() {
    Cli.Result r = cli().run("check", "--changed", "--format", "concise", "users");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("users/alice.sieve").contains("users/bob.sieve");
  }

  @Test
  void noChangedFileIsNothingToReport() {
    Cli.Result r = cli().run("check", "--changed", "--format", "concise");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void changedFilesThatAreNotScriptsAreNotLinted() throws IOException {
    write("sievelint.yaml", "version: 1\n");
    write("notes.txt", "this { is not sieve\n");
    Cli.Result r = cli().run("check", "--changed", "notes.txt", "sievelint.yaml");
    assertThat(r.code()).as(r.toString()).isZero();
    // Named explicitly (and in hook mode) a *.svtest file is a script.
    write("t/a.svtest", "keep;\nstop\n");
    Cli.Result svtest = cli().run("check", "--changed", "--format", "concise", "t/a.svtest");
    assertThat(svtest.code()).as(svtest.toString()).isEqualTo(1);
    assertThat(svtest.out()).contains("[syntax-error]");
  }

  @Test
  void worksFromASubfolder() throws IOException {
    Cli.Result r =
        new Cli(dir.resolve("users"))
            .run("check", "--changed", "--format", "concise", "alice.sieve");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).startsWith("alice.sieve:1:9");
  }

  @Test
  void usageErrors() {
    Cli.Result stdin = cli().stdin("keep;").run("check", "--changed", "-");
    assertThat(stdin.code()).isEqualTo(2);
    assertThat(stdin.err()).contains("--changed");
    Cli.Result repository = cli().run("check", "--repository", ".", "users");
    assertThat(repository.code()).isEqualTo(2);
    assertThat(repository.err()).contains("--repository only applies with --changed");
    Cli.Result missing = cli().run("check", "--changed", "--repository", "nope", "users");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("not a folder");
    Cli.Result gone = cli().run("check", "--changed", "users/gone.sieve");
    assertThat(gone.code()).isEqualTo(2);
    assertThat(gone.err()).contains("path not found: users/gone.sieve");
  }

  @Test
  void aChangeThatClosesACycleWithAnUnchangedScriptIsReported() throws IOException {
    mailSystem(".");
    write("users/bob.sieve", HookFixtures.TO_ALICE);
    Cli.Result r = cli().run("check", "--changed", "users/bob.sieve");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    // Reported where the cycle starts, in the unchanged script, with the changed step related;
    // both snippets are shown.
    assertThat(r.out())
        .contains("error[redirect-cycle]")
        .contains("--> users/alice.sieve:1:1")
        .contains("::: users/bob.sieve:1:1")
        .contains(" 1 | redirect \"bob@example.com\";")
        .contains(" 1 | redirect \"alice@example.com\";")
        .contains("in 1 file (1 file checked)");

    Cli.Result elsewhere = cli().run("check", "--changed", "users/carol.sieve");
    assertThat(elsewhere.code()).as(elsewhere.toString()).isZero();
  }

  @Test
  void aChangedManifestTouchesTheFindingsItTakesPartIn() throws IOException {
    mailSystem(".");
    write(
        "sievelint.yaml",
        HookFixtures.MANIFEST + "aliases:\n  team@example.com: [bob@example.com]\n");
    write("users/bob.sieve", "redirect \"team@example.com\";\n");
    write(".sievelint.yaml", "select: [redirect-to-self]\n");
    Cli.Result r =
        cli()
            .run(
                "check", "--changed", "--format", "concise", "sievelint.yaml", "users/carol.sieve");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("users/bob.sieve:1:10: error:").contains("[redirect-to-self]");
  }

  @Test
  void theRepositoryMayBeASubfolder() throws IOException {
    mailSystem("mail");
    write("mail/users/bob.sieve", HookFixtures.TO_ALICE);
    // Without --repository the mail system is found above the changed file (issue 19).
    Cli.Result found =
        cli().run("check", "--changed", "--format", "concise", "mail/users/bob.sieve");
    Cli.Result r =
        cli()
            .run(
                "check",
                "--changed",
                "--repository",
                "mail",
                "--format",
                "concise",
                "mail/users/bob.sieve");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("mail/users/alice.sieve:1:1: error:").contains("[redirect-cycle]");
    assertThat(found.out()).as(found.toString()).isEqualTo(r.out());
  }

  /** A manifest in {@code folder} with alice forwarding to bob and clean scripts otherwise. */
  private void mailSystem(String folder) throws IOException {
    write(".sievelint.yaml", HookFixtures.SELECT);
    write(folder + "/sievelint.yaml", HookFixtures.MANIFEST);
    write(folder + "/users/alice.sieve", HookFixtures.TO_BOB);
    write(folder + "/users/bob.sieve", "keep;\n");
    write(folder + "/users/carol.sieve", "keep;\n");
  }

  @Test
  void aFindingTouchesTheFilesOfItsLocationAndOfItsRelatedLocations() {
    Span span = new Span(0, 1, 1, 1, 1, 2);
    Diagnostic cycle =
        new Diagnostic(
            "redirect-cycle",
            Severity.ERROR,
            "users/alice.sieve",
            span,
            "loop",
            List.of(new Related("users/bob.sieve", span, "back")),
            null);
    ChangedFiles bob = new ChangedFiles(Set.of("users/bob.sieve"));
    ChangedFiles alice = new ChangedFiles(Set.of("users/alice.sieve"));
    ChangedFiles carol = new ChangedFiles(Set.of("users/carol.sieve"));
    assertThat(bob.touches(cycle)).isTrue();
    assertThat(alice.touches(cycle)).isTrue();
    assertThat(carol.touches(cycle)).isFalse();
    assertThat(carol.filter(List.of(cycle))).isEmpty();
  }

  private Cli cli() {
    return new Cli(dir);
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
