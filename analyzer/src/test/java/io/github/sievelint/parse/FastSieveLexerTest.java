package io.github.sievelint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.grammar.SieveLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FastSieveLexer} gives exactly the tokens of the lexer generated from the grammar: the same
 * types, channels, offsets, lines and columns, on every fixture, on edge cases and on random text.
 */
class FastSieveLexerTest {

  /** Each token as one line: type, channel, start, stop, line, column and text. */
  private static List<String> tokens(Lexer lexer) {
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      out.add(
          SieveLexer.VOCABULARY.getSymbolicName(t.getType())
              + " ch"
              + t.getChannel()
              + " "
              + t.getStartIndex()
              + ".."
              + t.getStopIndex()
              + " @"
              + t.getLine()
              + ":"
              + t.getCharPositionInLine()
              + " "
              + t.getText());
      if (t.getType() == Token.EOF) {
        return out;
      }
    }
  }

  private static void assertSameTokens(String text) {
    List<String> expected = tokens(new SieveLexer(CharStreams.fromString(text)));
    List<String> actual = tokens(new FastSieveLexer(CharStreams.fromString(text)));
    assertThat(actual).as("tokens of %s", text).isEqualTo(expected);
  }

  static Stream<Path> fixtures() throws IOException {
    Path root = Paths.get("src/test/resources");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".sieve")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixture(Path fixture) throws IOException {
    assertSameTokens(new String(Files.readAllBytes(fixture), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\n\n  ",
        "keep;",
        "if true { stop; }\n",
        "text:\nline\n.\n",
        "TeXt: # comment\r\nline\r\n.\r\n",
        "text:extra\n.\n",
        "text:",
        "text",
        "text :is",
        "texts: x",
        "\"unterminated",
        "\"ends in a backslash\\",
        "\"escaped \\\" quote\" rest",
        "\"multi\nline\r\nstring\" after",
        "\"escaped newline \\\n\" x",
        "# comment at end",
        "#\r\n#\n",
        "/* bracket */ keep; /* open",
        ":",
        ": x",
        ":is:contains",
        "1 10K 7m 3G 42x 0009",
        "a_b1 _x Z9",
        "\u00e9 \uD83D\uDE00 \"\uD83D\uDE00\" x\uD83D\uDE00y",
        "@ $ % ^ & * ! ~ / \\",
        "\u0000\"\u0000\"",
        "require [\"a\",\"b\"];elsif(anyof)",
      })
  void edgeCases(String text) {
    assertSameTokens(text);
  }

  @Property(tries = 2000)
  void randomText(@ForAll("sieveLike") String text) {
    assertSameTokens(text);
  }

  @Property(tries = 500)
  void anyText(@ForAll String text) {
    assertSameTokens(text);
  }

  /** Text made of the pieces where the two lexers could part ways. */
  @Provide
  Arbitrary<String> sieveLike() {
    return Arbitraries.of(
            " ",
            "\t",
            "\n",
            "\r",
            "\r\n",
            "text",
            "TEXT",
            "text:",
            ":",
            "\"",
            "\\",
            "#",
            "/*",
            "*/",
            "*",
            "/",
            ".",
            "\n.\n",
            "a",
            "Z",
            "_",
            "9",
            "10",
            "k",
            "G",
            "x1",
            ";",
            ",",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "\u00e9",
            "\uD83D\uDE00",
            "\u0000",
            "$",
            "${a}")
        .list()
        .ofMaxSize(60)
        .map(pieces -> String.join("", pieces));
  }
}
