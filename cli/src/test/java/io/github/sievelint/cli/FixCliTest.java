package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix}, {@code --unsafe-fixes} and {@code --diff} through {@link Main#run}. */
class FixCliTest {

  /**
   * A CRLF script whose {@code :matches} key has no wildcard: its safe fix makes it {@code :is}.
   */
  private static final String MATCHES =
      """
      require "fileinto";
      # keep this comment
      if header :matches "Subject" "invoice" {
        fileinto "Invoices";
      }
      """
          .replace("\n", "\r\n");

  private static final String FIXED = MATCHES.replace(":matches", ":is");

  private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, OLD);
    return file;
  }

  @Test
  void fixWritesTheFixedFileKeepingLineEndsAndPermissions() throws IOException {
    Path script = write("a.sieve", MATCHES);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r-----"));
    Path clean = write("clean.sieve", "keep;\n");
    Cli.Result result = new Cli(dir).run("check", "--fix", "--no-model", ".");
    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(Files.readString(script, StandardCharsets.UTF_8)).isEqualTo(FIXED);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rw-r-----");
    // A file with nothing to fix keeps its bytes and its time.
    assertThat(Files.readString(clean, StandardCharsets.UTF_8)).isEqualTo("keep;\n");
    assertThat(Files.getLastModifiedTime(clean)).isEqualTo(OLD);
    // No temporary file is left behind.
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("a.sieve", "clean.sieve");
    }
    // Fixing again finds nothing to do and writes nothing.
    Files.setLastModifiedTime(script, OLD);
    Cli.Result again = new Cli(dir).run("check", "--fix", "--no-model", ".");
    assertThat(again.code()).isZero();
    assertThat(Files.getLastModifiedTime(script)).isEqualTo(OLD);
  }

  @Test
  void theExitCodeFollowsTheFindingsThatRemain() throws IOException {
    // unreachable-code (a warning) has no fix: it remains, and the run fails on it; the :matches
    // key is fixed.
    write("a.sieve", MATCHES.replace("}\r\n", "}\r\nstop;\r\nkeep;\r\n"));
    Cli.Result result =
        new Cli(dir).run("check", "--fix", "--no-model", "--format", "concise", "a.sieve");
    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("[unreachable-code]").doesNotContain("matches-without");
  }

  @Test
  void diffPrintsWhatWouldChangeAndWritesNothing() throws IOException {
    Path script = write("a.sieve", MATCHES);
    Cli.Result result = new Cli(dir).run("check", "--diff", "--no-model", "a.sieve");
    assertThat(result.code()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            """
            --- a/a.sieve
            +++ b/a.sieve
            @@ -1,5 +1,5 @@
             require "fileinto";
             # keep this comment
            -if header :matches "Subject" "invoice" {
            +if header :is "Subject" "invoice" {
               fileinto "Invoices";
             }
            """);
    assertThat(result.err()).contains("would fix 1 finding in 1 file");
    assertThat(Files.readString(script, StandardCharsets.UTF_8)).isEqualTo(MATCHES);
    assertThat(Files.getLastModifiedTime(script)).isEqualTo(OLD);
    Path clean = write("clean.sieve", "keep;\n");
    Cli.Result nothing = new Cli(dir).run("check", "--diff", "--no-model", "clean.sieve");
    assertThat(nothing.code()).as(nothing.toString()).isZero();
    assertThat(nothing.out()).isEmpty();
    assertThat(Files.getLastModifiedTime(clean)).isEqualTo(OLD);
  }

  @Test
  void standardInputGetsTheFixedScriptOnStdoutAndTheReportOnStderr() {
    Cli.Result result =
        new Cli(dir).stdin(MATCHES).run("check", "--fix", "--format", "concise", "-");
    assertThat(result.code()).as(result.toString()).isZero();
    assertThat(result.out()).isEqualTo(FIXED);
    Cli.Result untouched =
        new Cli(dir).stdin("keep;\n").run("check", "--fix", "--format", "concise", "-");
    assertThat(untouched.out()).isEqualTo("keep;\n");
    Cli.Result diff = new Cli(dir).stdin(MATCHES).run("check", "--diff", "-");
    assertThat(diff.code()).isEqualTo(1);
    assertThat(diff.out()).startsWith("--- a/-\n+++ b/-\n").contains("+if header :is");
  }

  @Test
  void noFileOutsideTheCheckedFoldersIsWritten() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path target = outside.resolve("shared.sieve");
    Files.writeString(target, MATCHES, StandardCharsets.UTF_8);
    Path checked = Files.createDirectories(dir.resolve("checked"));
    Files.createSymbolicLink(checked.resolve("link.sieve"), target);
    Files.writeString(checked.resolve("own.sieve"), MATCHES, StandardCharsets.UTF_8);
    Cli.Result result =
        new Cli(dir)
            .run(
                "check",
                "--fix",
                "--no-model",
                "--format",
                "concise",
                "checked/link.sieve",
                "checked/own.sieve");
    // The link's target is left alone and its finding still reported; the checked file is fixed.
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(MATCHES);
    assertThat(Files.isSymbolicLink(checked.resolve("link.sieve"))).isTrue();
    assertThat(Files.readString(checked.resolve("own.sieve"), StandardCharsets.UTF_8))
        .isEqualTo(FIXED);
    assertThat(result.out()).contains("checked/link.sieve:3:").doesNotContain("own.sieve");
  }

  @Test
  void aFileThatIsNotUtf8IsNotRewritten() throws IOException {
    byte[] latin1 =
        MATCHES.replace("# keep", "# caf\u00e9 keep").getBytes(StandardCharsets.ISO_8859_1);
    Path script = dir.resolve("latin1.sieve");
    Files.write(script, latin1);
    Cli.Result result = new Cli(dir).run("check", "--fix", "--no-model", "latin1.sieve");
    assertThat(Files.readAllBytes(script)).isEqualTo(latin1);
    assertThat(result.out()).contains("matches-without-wildcard");
  }

  @Test
  void unsafeFixesNeedFixOrDiff() {
    Cli.Result result = new Cli(dir).run("check", "--unsafe-fixes", ".");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--unsafe-fixes only applies with --fix or --diff");
    Cli.Result baseline = new Cli(dir).run("check", "--fix", "--update-baseline", ".");
    assertThat(baseline.code()).isEqualTo(2);
  }

  @Test
  void aFileInsideAMailSystemIsFixedWithItsModelInView() throws IOException {
    // The README's example mail system, copied: a fix in one account's script, checked alone,
    // still reports the redirect cycle that passes through it.
    Path examples = ProjectRoot.get().resolve("examples");
    Path copy = dir.resolve("examples");
    try (var walk = Files.walk(examples)) {
      for (Path from : walk.toList()) {
        Path to = copy.resolve(examples.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Path dave = copy.resolve("users/dave.sieve");
    String before = Files.readString(dave, StandardCharsets.UTF_8);
    Files.writeString(
        dave,
        before + "if header :matches \"X-Test\" \"exact\" {\n  keep;\n}\n",
        StandardCharsets.UTF_8);
    Cli.Result result =
        new Cli(copy).run("check", "--fix", "--format", "concise", "users/dave.sieve");
    assertThat(Files.readString(dave, StandardCharsets.UTF_8))
        .endsWith("if header :is \"X-Test\" \"exact\" {\n  keep;\n}\n");
    assertThat(result.out())
        .contains("[redirect-cycle]")
        .doesNotContain("matches-without-wildcard");
  }
}
