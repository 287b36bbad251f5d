package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One precedence order for every setting (docs/usage.md): the command line, then the nearest
 * .sievelint.yaml, then the manifest, then what a script's vendor extensions imply, then the
 * default; {@code generic} is a choice like any other.
 */
class PrecedenceTest {

  /** An unguarded vacation (its level shows the server) and an unused require. */
  private static final String SCRIPT =
      "require [\"vacation\", \"fileinto\"];\nvacation :days 7 \"away\";\n";

  private static final String MANIFEST =
      """
      version: 1
      server: dovecot-2.3
      domains: [example.com]
      accounts:
        alice@example.com: {script: users/alice.sieve}
      rules:
        unused-require: {severity: error}
      """;

  private Path dir = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Files.createDirectories(dir.resolve(".git"));
    write("users/alice.sieve", SCRIPT);
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The concise report's lines for alice: {@code LEVEL RULE}, in order. */
  private List<String> levels(String... extra) {
    String[] args = new String[extra.length + 5];
    args[0] = "check";
    args[1] = "--format";
    args[2] = "concise";
    args[3] = "--fail-on";
    args[4] = "never";
    System.arraycopy(extra, 0, args, 5, extra.length);
    Cli.Result r = new Cli(dir).run(args);
    assertThat(r.code()).as(r.toString()).isZero();
    return r.out()
        .lines()
        .filter(l -> l.startsWith("users/alice.sieve:"))
        .map(l -> l.replaceAll("^[^ ]+ (\\w+): .*\\[([a-z-]+)\\]$", "$1 $2"))
        .toList();
  }

  @Test
  void theManifestWinsOverTheDefault() throws IOException {
    write("sievelint.yaml", MANIFEST);
    assertThat(levels()).containsExactly("error unused-require", "info vacation-unguarded");
  }

  @Test
  void theConfigurationWinsOverTheManifestGenericIncluded() throws IOException {
    write("sievelint.yaml", MANIFEST);
    write(".sievelint.yaml", "server: generic\nrules:\n  unused-require: {severity: info}\n");
    assertThat(levels()).containsExactly("info unused-require", "warning vacation-unguarded");
  }

  @Test
  void theCommandLineWinsOverTheConfigurationGenericIncluded() throws IOException {
    write("sievelint.yaml", MANIFEST);
    write(".sievelint.yaml", "server: stalwart\nrules:\n  unused-require: {severity: info}\n");
    assertThat(levels("--server", "generic", "--severity", "unused-require=warning"))
        .containsExactly("warning unused-require", "warning vacation-unguarded");
  }

  @Test
  void aVendorExtensionImpliesItsServerOnlyWhenNoneIsChosen() throws IOException {
    write(
        "users/alice.sieve",
        "require [\"vacation\", \"vnd.dovecot.pipe\"];\nvacation :days 7 \"away\";\npipe \"x\";\n");
    assertThat(levels()).containsExactly("info vacation-unguarded");
    assertThat(levels("--server", "generic")).containsExactly("warning vacation-unguarded");
    write(".sievelint.yaml", "server: generic\n");
    assertThat(levels()).containsExactly("warning vacation-unguarded");
  }
}
