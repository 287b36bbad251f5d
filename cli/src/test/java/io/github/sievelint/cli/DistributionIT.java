package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archives as a user gets them: unpacked with tar, the launcher run through a
 * symbolic link, as after {@code ln -s .../bin/sievelint ~/bin/}. Runs in {@code integration-test},
 * after {@code package} built the archives.
 */
class DistributionIT {

  static final String VERSION = System.getProperty("sievelint.version", "unknown");
  static final Path ARCHIVE_BASE =
      Paths.get(System.getProperty("sievelint.distribution", "target/sievelint-" + VERSION));

  private Path dir = Path.of("");
  private Path link = Path.of("");

  @BeforeEach
  void unpack(@TempDir Path tmp) throws Exception {
    dir = tmp;
    Path tar = Paths.get(ARCHIVE_BASE + ".tar.gz");
    assertThat(tar).as("the tar.gz built by package").exists();
    Result untar =
        run(List.of("tar", "xzf", tar.toAbsolutePath().toString(), "-C", dir.toString()), Map.of());
    assertThat(untar.code()).as(untar.toString()).isZero();
    Path launcher = dir.resolve("sievelint-" + VERSION + "/bin/sievelint");
    assertThat(Files.getPosixFilePermissions(launcher)).contains(PosixFilePermission.OWNER_EXECUTE);
    Files.createDirectories(dir.resolve("elsewhere/bin"));
    link = dir.resolve("elsewhere/bin/sievelint");
    Files.createSymbolicLink(link, launcher);
  }

  @Test
  void launcherRunsThroughASymlink() throws Exception {
    Result version = run(List.of(link.toString(), "--version"), javaHome());
    assertThat(version.code()).as(version.toString()).isZero();
    assertThat(version.out()).contains("sievelint " + VERSION);

    Path script = dir.resolve("a.sieve");
    Files.writeString(script, CheckCommandTest.UNUSED_REQUIRE, StandardCharsets.UTF_8);
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("SIEVELINT_JAVA_OPTS", "-Dfile.encoding=UTF-8 -Xmx256m");
    Result check =
        run(List.of(link.toString(), "check", "--format", "concise", script.toString()), env);
    assertThat(check.code()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains(":1:9: warning:").contains("[unused-require]");
  }

  @Test
  void firstRunTrainsTheClassArchiveOnACheck() throws Exception {
    // The first command loads neither the rules nor the parser; the archive holds them anyway.
    Result version = run(List.of(link.toString(), "--version"), javaHome());
    assertThat(version.code()).as(version.toString()).isZero();
    try (Stream<Path> lib = Files.list(dir.resolve("sievelint-" + VERSION + "/lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()))
          .as("the archive of this Java installation")
          .anyMatch(name -> name.matches("sievelint-[0-9]+\\.jsa"));
    }

    Path script = dir.resolve("a.sieve");
    Files.writeString(script, CheckCommandTest.UNUSED_REQUIRE, StandardCharsets.UTF_8);
    Path log = dir.resolve("classes.log");
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("SIEVELINT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    Result check = run(List.of(link.toString(), "check", script.toString()), env);
    assertThat(check.code()).as(check.toString()).isEqualTo(1);
    assertThat(Files.readAllLines(log, StandardCharsets.UTF_8))
        .anyMatch(
            line -> line.contains("io.github.sievelint.lint.Linter source: shared objects file"))
        .anyMatch(
            line ->
                line.contains("io.github.sievelint.grammar.SieveParser source: shared objects"));
  }

  @Test
  void launcherRefusesAnOldJava() throws Exception {
    Path fake = dir.resolve("oldjava/bin/java");
    Files.createDirectories(fake.getParent());
    Files.writeString(fake, "#!/bin/sh\necho 'java version \"1.8.0_392\"' >&2\n");
    fake.toFile().setExecutable(true);
    Result old =
        run(
            List.of(link.toString(), "--version"),
            Map.of("JAVA_HOME", dir.resolve("oldjava").toString()));
    assertThat(old.code()).isEqualTo(2);
    assertThat(old.err()).contains("needs Java 17 or newer").contains("1.8.0_392");

    Result missing =
        run(
            List.of(link.toString(), "--version"),
            Map.of("JAVA_HOME", dir.resolve("none").toString()));
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("JAVA_HOME is");
  }

  @Test
  void archivesHoldTheSameFiles() throws Exception {
    List<String> zipped = new ArrayList<>();
    try (ZipFile zip = new ZipFile(Paths.get(ARCHIVE_BASE + ".zip").toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        zipped.add(entries.nextElement().getName());
      }
    }
    String base = "sievelint-" + VERSION + "/";
    assertThat(zipped)
        .contains(
            base + "bin/sievelint",
            base + "lib/sievelint.jar",
            base + "completion/sievelint.bash",
            base + "README.md",
            base + "docs/usage.md",
            base + "docs/guards.md",
            base + "docs/model.md",
            base + "docs/configuration.md",
            base + "docs/schema/sievelint.schema.json",
            base + "docs/schema/sievelint-config.schema.json",
            base + "docs/rules/README.md");
    Path completion = dir.resolve(base + "completion/sievelint.bash");
    assertThat(Files.readString(completion)).contains("complete -F").contains("--baseline");
    Path bash = Paths.get("/bin/bash");
    if (Files.isExecutable(bash)) {
      // Ask the completion function what "sievelint check --stat<TAB>" completes to.
      String probe =
          "source '"
              + completion
              + "'; COMP_LINE='sievelint check --stat'; COMP_POINT=${#COMP_LINE};"
              + " COMP_WORDS=(sievelint check --stat); COMP_CWORD=2;"
              + " _complete_sievelint sievelint --stat check; echo \"${COMPREPLY[@]}\"";
      Result completed = run(List.of(bash.toString(), "-c", probe), Map.of());
      assertThat(completed.out().trim()).as(completed.toString()).isEqualTo("--statistics");
    }
    for (String name : zipped) {
      if (!name.endsWith("/")) {
        assertThat(dir.resolve(name)).as("%s is in the tar.gz too", name).exists();
      }
    }
  }

  private static Map<String, String> javaHome() {
    return Map.of("JAVA_HOME", System.getProperty("java.home"));
  }

  record Result(int code, String out, String err) {}

  private static Result run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("SIEVELINT_JAVA_OPTS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(env);
    Path out = Files.createTempFile("sievelint-it", ".out");
    Path err = Files.createTempFile("sievelint-it", ".err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
