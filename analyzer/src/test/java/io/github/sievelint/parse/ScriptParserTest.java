package io.github.sievelint.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.source.SourceFile;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser on the RFC 5228 examples and the corner cases of its section 8 grammar. */
class ScriptParserTest {

  private final ScriptParser parser = new ScriptParser();

  private ParseResult parse(String text) {
    return parser.parse(SourceFile.of("test.sieve", text));
  }

  private Script parseClean(String text) {
    ParseResult result = parse(text);
    assertThat(result.problems()).as("problems in:\n%s", text).isEmpty();
    return result.script();
  }

  /** The example scripts of RFC 5228, sections 2 to 9. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "if size :over 100k { # this is a comment\n    discard;\n}\n",
        "if size :over 100K { /* this is a comment\n    this is still a comment */ discard /* this is a"
            + " comment\n    */ ;\n}\n",
        "require \"encoded-character\";\nif header :contains \"Subject\" \"$${hex:24 24}\" { keep; }\n",
        "if anyof (not exists [\"From\", \"Date\"],\n    header :contains \"from\""
            + " \"fool@example.com\") {\n  discard;\n}\n",
        "if header :contains :comparator \"i;octet\" \"Subject\"\n    \"MAKE MONEY FAST\" {\n "
            + " discard;\n}\n",
        "if size :over 500K { discard; }\n",
        "require \"fileinto\";\nif header :contains \"from\" \"coyote\" {\n  fileinto"
            + " \"INBOX.harassment\";\n}\n",
        "require [\"fileinto\", \"reject\"];\n",
        "redirect \"bart@example.com\";\n",
        "if size :under 1M { keep; } else { discard; }\n",
        "if not size :under 1M { discard; }\n",
        "if header :contains [\"from\"] [\"idiot@example.com\"] {\n  discard;\n}\n",
        "if address :is :all \"from\" \"tim@example.com\" {\n  discard;\n}\n",
        "require \"envelope\";\nif envelope :all :is \"from\" \"tim@example.com\" {\n "
            + " discard;\n}\n",
        "if not exists [\"From\",\"Date\"] {\n  discard;\n}\n",
        "if allof (false, false) { keep; }\nif anyof (false, true) { stop; }\n",
        "if header :is \"X-Caffeine\" \"\" { discard; }\n",
        "#\n# Example Sieve Filter\n#\nrequire [\"fileinto\"];\nif header :is \"Sender\""
            + " \"owner-ietf-mta-filters@imc.org\"\n        {\n        fileinto \"filter\";  # move to"
            + " \"filter\" mailbox\n        }\nelsif address :DOMAIN :is [\"From\", \"To\"]"
            + " \"example.com\"\n        {\n        keep;\n        }\nelsif anyof (NOT address :all"
            + " :contains\n               [\"To\", \"Cc\", \"Bcc\"] \"me@example.com\",\n            "
            + " header :matches \"subject\"\n               [\"*make*money*fast*\","
            + " \"*university*dipl*mas*\"])\n        {\n        fileinto \"spam\";\n        }\nelse\n "
            + "       {\n        fileinto \"personal\";\n        }\n",
      })
  void rfcExamplesParse(String script) {
    assertThat(parseClean(script).commands()).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void quotedStringsDecodeOnlyQuoteAndBackslashEscapes() {
    Script script = parseClean("keep \"a\\\"b\\\\c\\qd\";");
    Argument.StringValue s =
        (Argument.StringValue) script.commands().get(0).arguments().values().get(0);
    assertThat(s.value()).isEqualTo("a\"b\\cqd");
    assertThat(s.span().start()).isEqualTo(5);
    assertThat(s.span().end()).isEqualTo(17);
  }

  @org.junit.jupiter.api.Test
  void multiLineStringsUndoDotStuffingAndAcceptCommentAfterTextColon() {
    String text = "vacation TEXT:   # note\r\nline one\r\n..dot\r\n.\r\n;\n";
    Script script = parseClean(text);
    Argument.StringValue s =
        (Argument.StringValue) script.commands().get(0).arguments().values().get(0);
    assertThat(s.multiLine()).isTrue();
    assertThat(s.value()).isEqualTo("line one\r\n.dot\r\n");
    assertThat(s.span().startLine()).isEqualTo(1);
    assertThat(s.span().endLine()).isEqualTo(5);
  }

  @org.junit.jupiter.api.Test
  void multiLineStringWithBareLineFeeds() {
    Script script = parseClean("vacation text:\nhello\n.\n;");
    Argument.StringValue s =
        (Argument.StringValue) script.commands().get(0).arguments().values().get(0);
    assertThat(s.value()).isEqualTo("hello\n");
  }

  @org.junit.jupiter.api.Test
  void numbersApplyQuantifiersAsPowersOf1024() {
    Script script =
        parseClean(
            "if size :over 2k { keep; } if size :under 3M { keep; } if size :over 1G { keep; }");
    List<BigInteger> values =
        Walker.commands(script).stream()
            .flatMap(c -> c.arguments().tests().stream())
            .map(t -> ((Argument.NumberValue) t.arguments().values().get(1)).value())
            .toList();
    assertThat(values)
        .containsExactly(
            BigInteger.valueOf(2048), BigInteger.valueOf(3L << 20), BigInteger.valueOf(1L << 30));
  }

  @org.junit.jupiter.api.Test
  void identifiersAndTagsAreCaseInsensitive() {
    Script script = parseClean("IF Header :CONTAINS \"Subject\" \"x\" { KEEP; }");
    Command command = script.commands().get(0);
    assertThat(command.name()).isEqualTo("if");
    Test test = command.arguments().tests().get(0);
    assertThat(test.name()).isEqualTo("header");
    assertThat(test.arguments().hasTag("contains")).isTrue();
    assertThat(command.block()).isNotNull();
    assertThat(command.optionalBlock().orElseThrow().commands().get(0).name()).isEqualTo("keep");
  }

  @org.junit.jupiter.api.Test
  void commentsGoToTheSideList() {
    ParseResult result = parse("# one\nkeep; /* two */\n");
    assertThat(result.comments()).extracting(c -> c.text()).containsExactly("# one", "/* two */");
    assertThat(result.comments().get(1).bracket()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void everyNodeHasAFullSpan() {
    Script script = parseClean("if true {\n  keep;\n}\n");
    Command command = script.commands().get(0);
    assertThat(command.span().startLine()).isEqualTo(1);
    assertThat(command.span().endLine()).isEqualTo(3);
    assertThat(command.span().endColumn()).isEqualTo(2);
    Command keep = command.optionalBlock().orElseThrow().commands().get(0);
    assertThat(keep.span().startColumn()).isEqualTo(3);
    assertThat(keep.span().endColumn()).isEqualTo(8);
  }

  @org.junit.jupiter.api.Test
  void spansCountUtf16UnitsAfterSupplementaryCharacters() {
    Script script = parseClean("keep \"\uD83D\uDE00\"; discard;");
    Command discard = script.commands().get(1);
    assertThat(discard.span().startColumn()).isEqualTo(12);
  }

  @org.junit.jupiter.api.Test
  void recoveryKeepsTheRestOfTheFile() {
    ParseResult result = parse("keep;\n} \nfileinto \"x\"\n}\ndiscard;\n");
    assertThat(result.problems()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(Walker.commands(result.script())).extracting(Command::name).contains("discard");
  }

  @org.junit.jupiter.api.Test
  void tenThousandLevelsOfNestingEndInALimitProblem() {
    String deep = "if true { ".repeat(10_000) + "keep;" + " }".repeat(10_000);
    ParseResult result = parse(deep);
    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(SyntaxProblem.Kind.LIMIT));
  }

  @org.junit.jupiter.api.Test
  void tenThousandNestedTestsEndInALimitProblem() {
    String deep = "if " + "allof(".repeat(10_000) + "true" + ")".repeat(10_000) + " { keep; }";
    assertThat(parse(deep).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(SyntaxProblem.Kind.LIMIT));
  }

  @org.junit.jupiter.api.Test
  void aFiftyMegabyteFileEndsInALimitProblem() {
    String big = "keep;\n".repeat(50 * 1024 * 1024 / 6);
    assertThat(parse(big).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not analysed"));
  }

  @org.junit.jupiter.api.Test
  void aLargeButAllowedFileParses() {
    String big = "if header :contains \"subject\" \"x\" { fileinto \"y\"; }\n".repeat(100_000);
    ParseResult result = parse(big);
    assertThat(result.problems()).isEmpty();
    assertThat(result.script().commands()).hasSize(100_000);
  }

  @org.junit.jupiter.api.Test
  void aHugeStringIsCutAtTheLimitAndReported() {
    String text = "keep \"" + "x".repeat(ScriptParser.MAX_STRING_CHARS + 10) + "\";";
    ParseResult result = parse(text);
    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(SyntaxProblem.Kind.LIMIT));
    Argument.StringValue value =
        (Argument.StringValue) result.script().commands().get(0).arguments().values().get(0);
    assertThat(value.value()).hasSize(ScriptParser.MAX_STRING_CHARS);
  }

  @org.junit.jupiter.api.Test
  void aHugeStringListIsCutAtTheLimitAndReported() {
    String text = "require [" + "\"a\",".repeat(ScriptParser.MAX_LIST_ITEMS + 5) + "\"b\"];";
    ParseResult result = parse(text);
    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("string list of 10006 items"));
    Argument.StringList list =
        (Argument.StringList) result.script().commands().get(0).arguments().values().get(0);
    assertThat(list.items()).hasSize(ScriptParser.MAX_LIST_ITEMS);
  }
}
