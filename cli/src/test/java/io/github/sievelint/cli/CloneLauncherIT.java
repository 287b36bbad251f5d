package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher of a clone ({@code ./sievelint}) reached through symbolic links, as after {@code ln
 * -s ~/src/sievelint/sievelint ~/bin/sievelint}: it finds the checkout the links lead to. The
 * checkout is a copy holding the launcher and the built jar only, so the test never starts Maven.
 * Runs in {@code integration-test}, after {@code package} built the jar.
 */
class CloneLauncherIT {

  @Test
  void runsThroughChainedSymbolicLinks(@TempDir Path tmp) throws Exception {
    String version = System.getProperty("sievelint.version", "unknown");
    Path jar = Paths.get("target/sievelint-" + version + "-all.jar").toAbsolutePath();
    assertThat(jar).as("the jar built by package").exists();

    Path checkout = tmp.resolve("src/sievelint");
    Files.createDirectories(checkout.resolve("cli/target"));
    Path launcher = checkout.resolve("sievelint");
    Files.copy(ProjectRoot.get().resolve("sievelint"), launcher);
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    Files.copy(jar, checkout.resolve("cli/target").resolve(jar.getFileName()));

    // ~/bin/sievelint -> ../links/sievelint -> the checkout's launcher: one relative link, one
    // absolute, in folders that hold neither a jar nor a pom.
    Path links = Files.createDirectories(tmp.resolve("links"));
    Files.createSymbolicLink(links.resolve("sievelint"), launcher);
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path link = bin.resolve("sievelint");
    Files.createSymbolicLink(link, Path.of("../links/sievelint"));

    Map<String, String> env = Map.of("SIEVELINT_CDS", "0");
    Processes.Result shown = Processes.run(tmp, env, List.of(link.toString(), "--version"));
    assertThat(shown.code()).as(shown.toString()).isZero();
    assertThat(shown.out()).contains("sievelint " + version);
    assertThat(shown.err()).as("no build: the jar of the checkout is found").isEmpty();

    Path script = tmp.resolve("a.sieve");
    Files.writeString(script, CheckCommandTest.UNUSED_REQUIRE, StandardCharsets.UTF_8);
    Processes.Result check =
        Processes.run(
            bin, env, List.of("./sievelint", "check", "--format", "concise", script.toString()));
    assertThat(check.code()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains(":1:9: warning:").contains("[unused-require]");
  }
}
