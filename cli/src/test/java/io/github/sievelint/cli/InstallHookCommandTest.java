package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sievelint install-hook} through {@link Main#run}, against real git repositories: where the
 * hook goes, and which existing hooks it may replace. {@link InstallHookIT} commits through it.
 */
class InstallHookCommandTest {

  private Git git;
  private Path tmp = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    this.tmp = tmp;
    git = Git.init(tmp.resolve("repo"), tmp.resolve("home"));
  }

  @Test
  void writesAnExecutableHookIntoTheGitDir() throws IOException {
    Cli.Result r = cli(git.dir()).run("install-hook");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("installed the pre-commit hook in .git/hooks/pre-commit");
    Path hook = git.dir().resolve(".git/hooks/pre-commit");
    assertThat(hook).isExecutable();
    String text = Files.readString(hook, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("#!/bin/sh\n" + InstallHookCommand.MARKER)
        .contains("git checkout-index --all")
        .contains("check --changed --")
        .doesNotContain("@@");
    assertThat(cli(git.dir()).run("install-hook", "--print").out()).isEqualTo(text);
  }

  @Test
  void runningItAgainChangesNothing() throws IOException {
    assertThat(cli(git.dir()).run("install-hook").code()).isZero();
    Path hook = git.dir().resolve(".git/hooks/pre-commit");
    String first = Files.readString(hook);
    Cli.Result again = cli(git.dir()).run("install-hook");
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.out()).contains("is up to date");
    assertThat(Files.readString(hook)).isEqualTo(first);
    assertThat(git.dir().resolve(".git/hooks")).isDirectoryNotContaining("glob:**backup*");
  }

  @Test
  void anOlderHookOfItsOwnIsRewrittenWithoutForce() throws IOException {
    Path hook =
        git.write(".git/hooks/pre-commit", "#!/bin/sh\n" + InstallHookCommand.MARKER + "\n");
    Cli.Result r = cli(git.dir()).run("install-hook");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readString(hook)).contains("git checkout-index");
    assertThat(hook).isExecutable();
  }

  @Test
  void aForeignHookIsKeptUnlessForced() throws IOException {
    String foreign = "#!/bin/sh\nexec make lint\n";
    Path hook = git.write(".git/hooks/pre-commit", foreign);
    Cli.Result refused = cli(git.dir()).run("install-hook");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains(".git/hooks/pre-commit exists and was not written by sievelint")
        .contains("--force");
    assertThat(Files.readString(hook)).isEqualTo(foreign);

    Cli.Result forced = cli(git.dir()).run("install-hook", "--force");
    assertThat(forced.code()).as(forced.toString()).isZero();
    assertThat(forced.out())
        .contains("moved the existing hook to .git/hooks/pre-commit.sievelint-backup");
    assertThat(git.dir().resolve(".git/hooks/pre-commit.sievelint-backup")).hasContent(foreign);
    assertThat(Files.readString(hook)).contains(InstallHookCommand.MARKER);
  }

  @Test
  void respectsCoreHooksPathFromASubfolder() throws IOException {
    git.ok("config", "core.hooksPath", ".githooks");
    Path sub = Files.createDirectories(git.dir().resolve("users/alice"));
    Cli.Result r = cli(sub).run("install-hook");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(git.dir().resolve(".githooks/pre-commit")).isExecutable();
    assertThat(git.dir().resolve(".git/hooks/pre-commit")).doesNotExist();
    assertThat(r.out()).contains("repo/.githooks/pre-commit");
  }

  @Test
  void outsideARepositoryItFails() throws IOException {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    Map<String, String> env = new HashMap<>(git.env());
    // Stops git looking for a repository above the temporary folder.
    env.put("GIT_CEILING_DIRECTORIES", tmp.toString());
    Cli.Result r = new Cli(plain).env(env).run("install-hook");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot find the git hooks folder");
  }

  @Test
  void quotesPathsForTheShell() {
    assertThat(InstallHookCommand.shellQuote("/opt/it's here/sievelint.jar"))
        .isEqualTo("'/opt/it'\\''s here/sievelint.jar'");
  }

  private Cli cli(Path cwd) {
    return new Cli(cwd).env(git.env());
  }
}
