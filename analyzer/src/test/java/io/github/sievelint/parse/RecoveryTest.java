package io.github.sievelint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.source.SourceFile;
import org.junit.jupiter.api.Test;

/** What the parse result says about the tree that error recovery patched. */
class RecoveryTest {

  private final ScriptParser parser = new ScriptParser();

  private ParseResult parse(String text) {
    return parser.parse(SourceFile.of("test.sieve", text));
  }

  @Test
  void aScriptWithoutProblemsIsCompleteAndUnpatched() {
    ParseResult result = parse("require \"fileinto\";\nif true { fileinto \"a\"; }\n");
    assertThat(result.complete()).isTrue();
    assertThat(result.patched()).isEmpty();
  }

  @Test
  void aTestListCutShortPatchesItsCommandOnly() {
    // The ')' and '{' are missing: recovery reads the fileinto as a test of the second header.
    ParseResult result =
        parse(
            """
            if anyof (header :is "a" "b", header :is "c" "d"
              fileinto "x";
              stop;
            }
            keep;
            """);
    assertThat(result.complete()).isFalse();
    assertThat(result.patched()).extracting(Command::name).containsExactly("if");
    Command patched = result.patched().get(0);
    assertThat(patched.head().startLine()).isEqualTo(1);
    assertThat(patched.head().endLine()).isEqualTo(2);
  }

  @Test
  void aBlockThatLostItsBracePatchesNoCommand() {
    ParseResult result = parse("if true {\n  keep;\n  if false { stop; }\n");
    assertThat(result.complete()).isFalse();
    assertThat(result.patched()).isEmpty();
  }

  @Test
  void aMadeUpSemicolonPatchesItsCommand() {
    ParseResult result = parse("if true {\n  keep\n}\ndiscard;\n");
    assertThat(result.patched()).extracting(Command::name).containsExactly("keep");
  }

  @Test
  void aLostSemicolonBeforeACommandSplitsTheTwoAndIsReported() {
    ParseResult result = parse("require \"fileinto\";\nfileinto \"a\"\nkeep;\n");
    assertThat(Walker.commands(result.script()))
        .extracting(Command::name)
        .containsExactly("require", "fileinto", "keep");
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).isEqualTo("expected ';' after command 'fileinto'");
              assertThat(p.help()).isEqualTo("end the fileinto command with ';'");
              assertThat(p.span().startLine()).isEqualTo(2);
            });
    // Recovery did not run, but the tree is a reading of the text, not the text.
    assertThat(result.complete()).isFalse();
    assertThat(result.patched()).isEmpty();
  }

  @Test
  void aTokenGetsOneSyntaxError() {
    // Recovery makes up the ';' of the keep, then the ',' is junk: both at the ','.
    ParseResult result = parse("if true {\n  keep,\n  stop;\n}\n");
    assertThat(result.problems())
        .extracting(SyntaxProblem::message)
        .containsExactly("expected ';' after command 'keep', found ','");
  }
}
