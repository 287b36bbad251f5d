package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files and folders: the run finishes, says what went wrong, lints everything else, and
 * never writes to the files it lints.
 */
class RobustnessTest {

  private Path dir = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Files.createDirectories(dir.resolve(".git"));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Cli.Result run(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new Cli(dir).run(args));
  }

  @Test
  void standardErrorNeverCarriesAControlCharacterFromAName() {
    Cli.Result r = new Cli(dir).run("check", "missing\u001b[31m-red.sieve");
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("missing\\x1b[31m-red.sieve").doesNotContain("\u001b");
  }

  @Test
  void mixedLineEndingsCountLinesLikeEditors() throws IOException {
    write("mixed.sieve", "keep;\r\nkeep;\rkeep;\nrequire \"vacation\";\r\nvacation \"x\";\n");
    Cli.Result r = run("check", "--format", "concise", "--select", "vacation-missing-days");
    assertThat(r.out()).contains("mixed.sieve:5:1: info: vacation has no :days");
  }

  @Test
  void anUnreadablePathIsExitTwoAndTheOthersAreStillLinted() throws IOException {
    write("good/a.sieve", "require \"vacation\";\nvacation \"x\";\n");
    Path dangling = dir.resolve("gone.sieve");
    Files.createSymbolicLink(dangling, dir.resolve("does-not-exist.sieve"));
    Cli.Result r =
        run(
            "check",
            "--format",
            "concise",
            "--select",
            "vacation-missing-days",
            "gone.sieve",
            "good");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("gone.sieve");
    assertThat(r.out()).contains("good/a.sieve:2:1");
  }

  @Test
  void symbolicLinkLoopsAndLinksOutOfTheRootAreNotFollowed() throws IOException {
    Path outside = Files.createTempDirectory("sievelint-outside");
    Files.writeString(outside.resolve("secret.sieve"), "require \"vacation\";\nvacation \"x\";\n");
    write("root/a.sieve", "keep;\n");
    Files.createSymbolicLink(dir.resolve("root/loop"), dir.resolve("root"));
    Files.createSymbolicLink(dir.resolve("root/out"), outside);
    Cli.Result r = run("check", "--format", "concise", "root");
    assertThat(r.out()).doesNotContain("secret.sieve");
    assertThat(r.err()).doesNotContain("Exception");
    assertThat(r.code()).isZero();
  }

  @Test
  void lintingNeverChangesTheLintedFiles() throws IOException {
    write("a.sieve", "require \"vacation\";\nvacation \"x\";\n");
    write("b.siv", "if header :contains \"subject\" \"x\" { keep }\n");
    write("c.sieve", "\uFEFFkeep;\r\n");
    Map<String, String> before = snapshot();
    run(
        "check",
        "--report",
        "sarif=reports/a.sarif",
        "--report",
        "checkstyle=reports/c.xml",
        "--report",
        "junit=reports/j.xml",
        "--report",
        "gitlab=reports/g.json",
        "--report",
        "json=reports/r.json",
        "--report",
        "github=reports/gh.txt",
        ".");
    run("check", "--update-baseline", ".");
    Map<String, String> after = snapshot();
    assertThat(after).containsAllEntriesOf(before);
  }

  @Test
  void hostileTextStaysInsideItsFieldInEveryFormat() throws IOException {
    String evil = "]]></failure><x a=\"&\">\u0001\n::error::pwned%0A";
    write(
        "evil.sieve",
        "require \"vacation\";\nvacation :from \"" + evil.replace("\"", "\\\"") + "\" \"x\";\n");
    run(
        "check",
        "--report",
        "checkstyle=r/c.xml",
        "--report",
        "junit=r/j.xml",
        "--report",
        "json=r/r.json",
        "--report",
        "github=r/gh.txt",
        ".");
    for (String xml : new String[] {"r/c.xml", "r/j.xml"}) {
      try {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve(xml).toFile());
      } catch (Exception e) {
        throw new AssertionError(xml + " does not parse: " + e, e);
      }
    }
    new ObjectMapper().readTree(dir.resolve("r/r.json").toFile());
    try (Stream<String> lines = Files.lines(dir.resolve("r/gh.txt"))) {
      assertThat(lines.filter(l -> l.contains("pwned")))
          .allSatisfy(l -> assertThat(l).startsWith("::"));
    }
    assertThat(Files.readString(dir.resolve("r/gh.txt"))).doesNotContain("\n::error::pwned");
  }

  @Test
  void aHugeFileEndsInALimitFindingNotAnOutOfMemoryError() throws IOException {
    write("big.sieve", "keep;\n".repeat(9 * 1024 * 1024 / 6 + 10));
    Cli.Result r = run("check", "--format", "concise", "big.sieve");
    assertThat(r.out()).contains("[limit-exceeded]");
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(file).toString();
        if (name.endsWith(".sieve") || name.endsWith(".siv")) {
          hashes.put(
              name, sha256(Files.readAllBytes(file)) + "@" + Files.getLastModifiedTime(file));
        }
      }
    }
    return hashes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
