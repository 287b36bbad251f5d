package io.github.sievelint.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.ast.Command;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quoted conditions are shortened between tokens, never inside a word or a string. */
class MessagesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "if header :is \"Precedence\" [\"bulk\", \"list\", \"junk\"] { stop; }"
            + " | if header :is \"Precedence\" [\"bulk\", \"list\", ...",
        "if header :matches \"X-Spam-score\" [\"9.?\" , \"10.?\", \"11.?\"] { stop; }"
            + " | if header :matches \"X-Spam-score\" [\"9.?\" , ...",
        "if header :contains \"Subject\" \"a very long subject text that goes on and on\" { stop; }"
            + " | if header :contains \"Subject\" ...",
        "if exists \"List-Id\" { stop; } | if exists \"List-Id\" { stop; }",
      })
  void aSnippetIsCutBetweenTokens(String script, String expected) {
    SourceFile source = SourceFile.of("a.sieve", script + "\n");
    Command command = new ScriptParser().parse(source).script().commands().get(0);
    assertThat(Messages.snippet(source, command)).isEqualTo(expected);
  }
}
