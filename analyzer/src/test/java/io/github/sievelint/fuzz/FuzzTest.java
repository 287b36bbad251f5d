package io.github.sievelint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The property behind "never a crash, never a hang": any input, random bytes or a fixture mutated
 * with Sieve's own tokens, gives diagnostics with sane spans, fast, and no exception.
 */
class FuzzTest {

  private static final Linter LINTER = new Linter(BuiltinRules.registry(), LintSettings.DEFAULTS);

  /** Pieces of Sieve syntax the mutator splices in; they reach deeper than random bytes. */
  private static final List<String> TOKENS =
      List.of(
          "{",
          "}",
          "(",
          ")",
          "[",
          "]",
          ";",
          ",",
          "\"",
          "\\",
          "text:\n",
          "\n.\n",
          ".",
          "#",
          "/*",
          "*/",
          ":is",
          ":matches",
          ":regex",
          ":days",
          ":copy",
          "0",
          "99999999999999999999G",
          "1K",
          "if",
          "elsif",
          "else",
          "allof",
          "anyof",
          "not",
          "true",
          "false",
          "stop",
          "require",
          "vacation",
          "redirect",
          "reject",
          "notify",
          "include",
          "set",
          "${1}",
          "${",
          "\u0000",
          "\r",
          "\r\n",
          "\uFEFF",
          "\uD83D\uDE00",
          "header",
          "exists",
          "envelope",
          "foreverypart");

  private static final List<String> SEEDS = seeds();

  private static List<String> seeds() {
    Path root = Paths.get("src/test/resources/fixtures");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".sieve"))
          .sorted()
          .map(FuzzTest::read)
          .filter(text -> text.length() < 20_000)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path path) {
    try {
      return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property
  void anyBytesLintWithoutException(@ForAll("bytes") byte[] input) {
    check(SourceFile.decode("fuzz.sieve", input));
  }

  @Property
  void mutatedFixturesLintWithoutException(@ForAll("mutants") String input) {
    check(SourceFile.of("fuzz.sieve", input));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
  }

  @Provide
  Arbitrary<String> mutants() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(seed, mutations).as(FuzzTest::apply);
  }

  /** One edit: at a relative position, delete some characters and insert a token. */
  record Mutation(double where, int delete, String insert, int repeat) {}

  private static Arbitrary<Mutation> mutation() {
    return Combinators.combine(
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 12),
            Arbitraries.of(TOKENS),
            Arbitraries.integers().between(1, 40))
        .as(Mutation::new);
  }

  private static String apply(String seed, List<Mutation> mutations) {
    StringBuilder text = new StringBuilder(seed);
    for (Mutation m : mutations) {
      int at = (int) (m.where() * text.length());
      int end = Math.min(text.length(), at + m.delete());
      text.replace(at, end, m.insert().repeat(m.repeat()));
    }
    return text.toString();
  }

  private static void check(SourceFile source) {
    List<Diagnostic> found =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LINTER.lint(source));
    int length = source.text().length();
    for (Diagnostic d : found) {
      assertThat(d.span().start()).isBetween(0, length);
      assertThat(d.span().end()).isBetween(d.span().start(), length);
      assertThat(d.span().startLine()).isBetween(1, source.lineCount());
      assertThat(d.message()).isNotBlank();
    }
  }
}
