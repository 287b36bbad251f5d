package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook {@code sievelint install-hook} writes, installed from the built jar into a real git
 * repository, and real commits through it: what is refused, what goes through, and that it is the
 * staged content that counts.
 */
class InstallHookIT {

  private Git git;

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    git = Git.init(tmp.resolve("repo"), tmp.resolve("home"));
    git.put("PATH", HookFixtures.path(tmp.resolve("bin")));
    git.write(".sievelint.yaml", HookFixtures.SELECT);
    git.write("users/bob.sieve", HookFixtures.CLEAN);
    Processes.Result install =
        git.exec(
            List.of(
                HookFixtures.java().toString(),
                "-jar",
                HookFixtures.jar().toString(),
                "install-hook"));
    assertThat(install.code()).as(install.toString()).isZero();
    Path hook = git.dir().resolve(".git/hooks/pre-commit");
    assertThat(Files.readString(hook)).contains(HookFixtures.jar().toString());
    Processes.Result syntax = git.exec(List.of("sh", "-n", hook.toString()));
    assertThat(syntax.code()).as("sh -n on the hook: %s", syntax).isZero();
  }

  @Test
  void aBadScriptIsRefusedAndACleanOneGoesThrough() throws IOException {
    git.ok("add", ".");
    Processes.Result first = git.run("commit", "-m", "bob");
    assertThat(first.code()).as("the first commit, clean\n%s", first).isZero();

    git.write("users/alice.sieve", HookFixtures.UNUSED_REQUIRE);
    git.ok("add", "users/alice.sieve");
    Processes.Result refused = git.run("commit", "-m", "alice");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output())
        .contains("warning[unused-require]")
        .contains("users/alice.sieve:1:9")
        .contains("commit refused");
    assertThat(git.commits()).isEqualTo(1);

    git.write("users/alice.sieve", HookFixtures.CLEAN);
    git.ok("add", "users/alice.sieve");
    Processes.Result accepted = git.run("commit", "-m", "alice, fixed");
    assertThat(accepted.code()).as(accepted.toString()).isZero();
    assertThat(git.commits()).isEqualTo(2);
  }

  @Test
  void theStagedContentCountsNotTheWorkingTree() throws IOException {
    git.ok("add", ".");
    git.ok("commit", "-q", "-m", "bob");

    // Bad in the index, fixed only in the working tree: refused.
    git.write("users/alice.sieve", HookFixtures.UNUSED_REQUIRE);
    git.ok("add", "users/alice.sieve");
    git.write("users/alice.sieve", HookFixtures.CLEAN);
    Processes.Result refused = git.run("commit", "-m", "alice");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output()).contains("users/alice.sieve:1:9");

    // Clean in the index, broken again in the working tree: goes through.
    git.ok("add", "users/alice.sieve");
    git.write("users/alice.sieve", HookFixtures.UNUSED_REQUIRE);
    Processes.Result accepted = git.run("commit", "-m", "alice");
    assertThat(accepted.code()).as(accepted.toString()).isZero();
    assertThat(git.ok("show", "HEAD:users/alice.sieve").out()).isEqualTo(HookFixtures.CLEAN);
  }

  @Test
  void commitAllLintsWhatItCommits() throws IOException {
    git.ok("add", ".");
    git.ok("commit", "-q", "-m", "bob");
    // `git commit -a` stages into a temporary index (GIT_INDEX_FILE) that the hook reads.
    git.write("users/bob.sieve", HookFixtures.UNUSED_REQUIRE);
    Processes.Result refused = git.run("commit", "-a", "-m", "bob");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output()).contains("users/bob.sieve:1:9");
  }

  @Test
  void findingsInUnchangedFilesDoNotBlockACommit() throws IOException {
    git.write("legacy/old.sieve", HookFixtures.UNUSED_REQUIRE);
    git.ok("add", ".");
    git.ok("commit", "-q", "--no-verify", "-m", "legacy, before the hook");

    git.write("users/name with spaces.sieve", HookFixtures.CLEAN);
    git.write("notes.txt", "not sieve {\n");
    git.ok("add", ".");
    Processes.Result accepted = git.run("commit", "-m", "spaces");
    assertThat(accepted.code()).as(accepted.toString()).isZero();
    assertThat(accepted.output()).doesNotContain("legacy/old.sieve");

    git.write("users/name with spaces.sieve", HookFixtures.UNUSED_REQUIRE);
    git.ok("add", ".");
    Processes.Result refused = git.run("commit", "-m", "spaces, broken");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output())
        .contains("users/name with spaces.sieve:1:9")
        .doesNotContain("legacy/old.sieve");
  }

  @Test
  void aStagedChangeThatClosesACycleWithAnUnchangedScriptIsRefused() throws IOException {
    git.write("sievelint.yaml", HookFixtures.MANIFEST);
    git.write("users/alice.sieve", HookFixtures.TO_BOB);
    git.write("users/bob.sieve", "keep;\n");
    git.write("users/carol.sieve", "keep;\n");
    git.ok("add", ".");
    Processes.Result first = git.run("commit", "-m", "alice forwards to bob");
    assertThat(first.code()).as(first.toString()).isZero();

    // The cycle closed only in the working tree does not block an unrelated staged change: the
    // model is read from the index.
    git.write("users/bob.sieve", HookFixtures.TO_ALICE);
    git.write("users/carol.sieve", "discard;\n");
    git.ok("add", "users/carol.sieve");
    Processes.Result unrelated = git.run("commit", "-m", "carol");
    assertThat(unrelated.code()).as(unrelated.toString()).isZero();

    git.ok("add", "users/bob.sieve");
    Processes.Result refused = git.run("commit", "-m", "bob forwards to alice");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output())
        .contains("error[redirect-cycle]")
        .contains("users/alice.sieve:1:1")
        .contains("users/bob.sieve:1:1");
    assertThat(git.commits()).isEqualTo(2);
  }
}
