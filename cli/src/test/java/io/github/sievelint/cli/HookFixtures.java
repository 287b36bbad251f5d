package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;

/** What the hook end-to-end tests share: the built jar, scripts, and small programs on PATH. */
final class HookFixtures {

  static final String CLEAN = "require \"vacation\";\nvacation :days 7 \"away\";\n";

  /** A script the hooks refuse: unused-require, a warning, at 1:9. */
  static final String UNUSED_REQUIRE = "require \"fileinto\";\nkeep;\n";

  /**
   * Pins the rules the hook tests count on, so that rules added on other branches do not change
   * which commits go through.
   */
  static final String SELECT = "select: [syntax-error, unused-require, redirect-cycle]\n";

  /** The mail system of the cycle tests: three accounts, each with its script. */
  static final String MANIFEST =
      """
      version: 1
      domains: [example.com]
      accounts:
        alice@example.com: {script: users/alice.sieve}
        bob@example.com: {script: users/bob.sieve}
        carol@example.com: {script: users/carol.sieve}
      """;

  static final String TO_ALICE = "redirect \"alice@example.com\";\n";
  static final String TO_BOB = "redirect \"bob@example.com\";\n";

  private HookFixtures() {}

  /** The shaded jar {@code package} built (found in target/ when the build did not say). */
  static Path jar() {
    String named = System.getProperty("sievelint.jar");
    Path jar = named == null ? findJar(Paths.get("target")) : Paths.get(named);
    assertThat(jar).as("the jar built by package").isRegularFile();
    return jar.toAbsolutePath();
  }

  private static Path findJar(Path target) {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "sievelint-*-all.jar")) {
      for (Path jar : jars) {
        return jar;
      }
    } catch (IOException e) {
      // Reported below as a missing jar.
    }
    return target.resolve("sievelint-all.jar");
  }

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** A PATH with {@code bin} first, then this JVM's java, then the inherited PATH. */
  static String path(Path bin) {
    return bin
        + ":"
        + java().getParent()
        + ":"
        + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
  }

  /** Writes an executable shell script. */
  static Path script(Path file, String body) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  /** A {@code sievelint} command in {@code bin} that runs the built jar, as an installed one. */
  static Path sievelintOnPath(Path bin) throws IOException {
    return script(
        bin.resolve("sievelint"),
        "exec "
            + InstallHookCommand.shellQuote(java().toString())
            + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "
            + InstallHookCommand.shellQuote(jar().toString())
            + " \"$@\"\n");
  }
}
