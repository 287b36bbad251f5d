package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commits through the real {@code pre-commit} program and this repository's {@code
 * .pre-commit-hooks.yaml}. The hooks come from a local git repository holding the hook files of
 * this source tree (what pre-commit clones from GitHub for users), so nothing needs a network.
 * pre-commit itself is installed by the build when it can be (see ensure-pre-commit.sh); otherwise
 * these tests skip and say why.
 */
class PreCommitIT {

  @TempDir static Path shared;

  private static @Nullable String missing;
  private static Path hookRepo = Path.of("");
  private static String rev = "";

  private Path tmp = Path.of("");
  private Git git;

  @BeforeAll
  static void hookRepository() throws IOException {
    missing = whyMissing();
    if (missing != null) {
      return;
    }
    Git hooks = Git.init(shared.resolve("sievelint"), shared.resolve("home"));
    Path root = ProjectRoot.get();
    for (String name : List.of(".pre-commit-hooks.yaml", "hooks/sievelint-jar", "sievelint")) {
      Path target = hooks.dir().resolve(name);
      Files.createDirectories(target.getParent());
      Files.copy(root.resolve(name), target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    hooks.ok("add", ".");
    hooks.ok("commit", "-q", "-m", "hooks");
    hookRepo = hooks.dir();
    rev = hooks.ok("rev-parse", "HEAD").out().trim();
  }

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    // Each test reports itself skipped, with the reason the build's setup step wrote.
    Assumptions.assumeTrue(missing == null, missing);
    this.tmp = tmp;
    git = Git.init(tmp.resolve("repo"), tmp.resolve("home"));
    Path bin = tmp.resolve("bin");
    HookFixtures.sievelintOnPath(bin);
    // Stands in for Maven in pre-commit's clone: "builds" the CLI by copying the built jar.
    HookFixtures.script(
        tmp.resolve("maven/mvn"),
        "echo \"$PWD: mvn $*\" >> "
            + InstallHookCommand.shellQuote(tmp.resolve("mvn.log").toString())
            + "\nmkdir -p cli/target\ncp "
            + InstallHookCommand.shellQuote(HookFixtures.jar().toString())
            + " cli/target/sievelint-test-all.jar\n");
    git.put("PATH", tmp.resolve("maven") + ":" + HookFixtures.path(bin));
    // One cache for the class: pre-commit clones the hook repository once.
    git.put("PRE_COMMIT_HOME", shared.resolve("pre-commit-cache").toString());
    git.put("PRE_COMMIT_COLOR", "never");
    git.write(".sievelint.yaml", HookFixtures.SELECT);
    git.write("users/bob.sieve", HookFixtures.CLEAN);
  }

  @Test
  void systemHookRefusesAnUnusedRequireAndLetsACleanCommitThrough() throws IOException {
    install("sievelint");
    git.ok("add", ".");
    Processes.Result first = git.run("commit", "-m", "bob");
    assertThat(first.code()).as("the first commit, clean\n%s", first).isZero();
    assertThat(first.output()).containsPattern("sievelint\\.+Passed");

    git.write("users/alice.sieve", HookFixtures.UNUSED_REQUIRE);
    git.ok("add", "users/alice.sieve");
    Processes.Result refused = git.run("commit", "-m", "alice");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output())
        .containsPattern("sievelint\\.+Failed")
        .contains("warning[unused-require]")
        .contains("users/alice.sieve:1:9");
    assertThat(git.commits()).isEqualTo(1);

    git.write("users/alice.sieve", HookFixtures.CLEAN);
    git.ok("add", "users/alice.sieve");
    Processes.Result accepted = git.run("commit", "-m", "alice, fixed");
    assertThat(accepted.code()).as(accepted.toString()).isZero();
    assertThat(git.commits()).isEqualTo(2);
  }

  @Test
  void jarHookBuildsTheCliOnceAndRefusesABadCommit() throws IOException {
    install("sievelint-jar");
    git.write("users/alice.sieve", HookFixtures.UNUSED_REQUIRE);
    git.ok("add", ".");
    Processes.Result refused = git.run("commit", "-m", "alice");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output())
        .containsPattern("sievelint \\(jar\\)\\.+Failed")
        .contains("users/alice.sieve:1:9");

    git.write("users/alice.sieve", HookFixtures.CLEAN);
    git.ok("add", ".");
    Processes.Result accepted = git.run("commit", "-m", "alice, fixed");
    assertThat(accepted.code()).as(accepted.toString()).isZero();

    // The launcher built the jar in pre-commit's clone of the hook repository, the first time only.
    List<String> builds = Files.readAllLines(tmp.resolve("mvn.log"), StandardCharsets.UTF_8);
    assertThat(builds).hasSize(1);
    assertThat(builds.get(0)).endsWith("mvn -B -q -DskipTests -pl cli -am package");
  }

  @Test
  void onlyFindingsTouchingTheCommitAreReported() throws IOException {
    install("sievelint");
    git.write("legacy/old.sieve", HookFixtures.UNUSED_REQUIRE);
    git.ok("add", ".");
    git.ok("commit", "-q", "--no-verify", "-m", "legacy, before the hook");

    git.write("users/carol.sieve", HookFixtures.CLEAN);
    git.ok("add", ".");
    Processes.Result accepted = git.run("commit", "-m", "carol");
    assertThat(accepted.code()).as(accepted.toString()).isZero();
    assertThat(accepted.output()).doesNotContain("legacy/old.sieve");
  }

  @Test
  void aStagedChangeThatClosesACycleWithAnUnchangedScriptIsRefused() throws IOException {
    install("sievelint");
    git.write("sievelint.yaml", HookFixtures.MANIFEST);
    git.write("users/alice.sieve", HookFixtures.TO_BOB);
    git.write("users/carol.sieve", "keep;\n");
    git.ok("add", ".");
    Processes.Result first = git.run("commit", "-m", "alice forwards to bob");
    assertThat(first.code()).as(first.toString()).isZero();

    git.write("users/bob.sieve", HookFixtures.TO_ALICE);
    git.ok("add", "users/bob.sieve");
    Processes.Result refused = git.run("commit", "-m", "bob forwards to alice");
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output())
        .containsPattern("sievelint\\.+Failed")
        .contains("error[redirect-cycle]")
        .contains("--> users/alice.sieve:1:1")
        .contains("::: users/bob.sieve:1:1");
    assertThat(git.commits()).isEqualTo(1);
  }

  @Test
  void fixHookFixesTheStagedScriptAndTheCommitWaitsForTheFixToBeStaged() throws IOException {
    install("sievelint-fix");
    git.ok("add", ".");
    git.ok("commit", "-q", "--no-verify", "-m", "bob");
    // A rule with a safe fix: :matches without a wildcard becomes :is.
    git.write(
        ".sievelint.yaml", "select: [syntax-error, matches-without-wildcard]\nfailOn: info\n");
    git.write("users/alice.sieve", "if header :matches \"Subject\" \"x\" {\n  keep;\n}\n");
    git.ok("add", ".");
    Processes.Result refused = git.run("commit", "-m", "alice");
    // The hook removed the unused require; pre-commit fails a hook that changed a file.
    assertThat(refused.code()).as(refused.toString()).isNotZero();
    assertThat(refused.output())
        .containsPattern("sievelint \\(fix\\)\\.+Failed")
        .contains("files were modified by this hook")
        .doesNotContain("[matches-without-wildcard]");
    assertThat(Files.readString(git.dir().resolve("users/alice.sieve"), StandardCharsets.UTF_8))
        .isEqualTo("if header :is \"Subject\" \"x\" {\n  keep;\n}\n");
    assertThat(git.commits()).isEqualTo(1);

    git.ok("add", ".");
    Processes.Result accepted = git.run("commit", "-m", "alice, fixed by the hook");
    assertThat(accepted.code()).as(accepted.toString()).isZero();
    assertThat(accepted.output()).containsPattern("sievelint \\(fix\\)\\.+Passed");
    assertThat(git.commits()).isEqualTo(2);
  }

  /** Writes .pre-commit-config.yaml for the hook {@code id} and runs {@code pre-commit install}. */
  private void install(String id) throws IOException {
    git.write(
        ".pre-commit-config.yaml",
        "repos:\n"
            + "  - repo: "
            + hookRepo
            + "\n    rev: "
            + rev
            + "\n    hooks:\n      - id: "
            + id
            + "\n");
    Processes.Result install = git.exec(List.of("pre-commit", "install"));
    assertThat(install.code()).as(install.toString()).isZero();
  }

  /** Why pre-commit cannot run, in the words of the build's setup step; null when it runs. */
  private static @Nullable String whyMissing() {
    try {
      if (Processes.run(Path.of("").toAbsolutePath(), Map.of(), List.of("pre-commit", "--version"))
              .code()
          == 0) {
        return null;
      }
    } catch (IOException e) {
      // Not installed: say why below.
    }
    Path status = Paths.get(System.getProperty("sievelint.preCommitStatus", "none"));
    try {
      if (Files.isRegularFile(status)) {
        return Files.readString(status, StandardCharsets.UTF_8).trim();
      }
    } catch (IOException e) {
      // Keep the generic reason.
    }
    return "pre-commit is not installed: the pre-commit end-to-end tests need it";
  }
}
