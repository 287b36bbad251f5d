package io.github.sievelint.condition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.source.SourceFile;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test forms of docs/guards.md: what each catches (true for every message of a class). */
class GuardFormsTest {

  private static Test test(String text) {
    String script = "if " + text + " { keep; }";
    Command command =
        new ScriptParser().parse(SourceFile.of("t.sieve", script)).script().commands().get(0);
    return command.arguments().tests().get(0);
  }

  private static String grade(Map<Facet, Grade> map, Facet facet) {
    Grade grade = map.get(facet);
    return grade == null ? "none" : grade.full() ? "full" : "partial";
  }

  @ParameterizedTest(name = "{0} catches {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "exists \"Auto-Submitted\"|AUTO|full",
        "exists [\"Auto-Submitted\", \"List-Id\"]|AUTO|none",
        "header :contains \"Auto-Submitted\" \"auto\"|AUTO|full",
        "header :contains \"Auto-Submitted\" \"auto-\"|AUTO|full",
        "header :contains \"Auto-Submitted\" \"\"|AUTO|full",
        "header :matches \"Auto-Submitted\" \"auto*\"|AUTO|full",
        "header :matches \"Auto-Submitted\" \"*\"|AUTO|full",
        "header :regex \"Auto-Submitted\" \"^auto\"|AUTO|full",
        "header :regex \"Auto-Submitted\" \".*\"|AUTO|full",
        "header :contains [\"X-Foo\", \"Auto-Submitted\"] \"auto\"|AUTO|full",
        "header :is \"Auto-Submitted\" \"auto-replied\"|AUTO|partial",
        "header :comparator \"i;octet\" :contains \"Auto-Submitted\" \"auto\"|AUTO|partial",
        "header :comparator \"i;ascii-numeric\" :contains \"Auto-Submitted\" \"auto\"|AUTO|none",
        "header :count \"ge\" \"Auto-Submitted\" \"1\"|AUTO|none",
        "exists \"List-Id\"|LIST_ID|full",
        "header :contains \"List-Id\" \"\"|LIST_ID|full",
        "header :matches \"List-Unsubscribe\" \"*\"|LIST_UNSUBSCRIBE|full",
        "header :contains \"List-Id\" \"example\"|LIST_ID|none",
        "header :is \"Precedence\" [\"bulk\", \"list\", \"junk\"]|PRECEDENCE_JUNK|full",
        "header :is \"Precedence\" \"bulk\"|PRECEDENCE_LIST|none",
        "envelope :is \"from\" \"\"|NULL_SENDER|full",
        "envelope :matches \"from\" \"*\"|NULL_SENDER|full",
        "header :is \"Return-Path\" \"<>\"|NULL_SENDER|full",
        "envelope :localpart :is \"from\" \"mailer-daemon\"|MAILER_DAEMON|full",
        "envelope :localpart :matches \"from\" \"owner-*\"|OWNER|full",
        "envelope :localpart :matches \"from\" \"*-request\"|REQUEST|full",
        "address :localpart :is \"from\" \"mailer-daemon\"|MAILER_DAEMON|partial",
        "size :over 100K|AUTO|none",
      })
  void catches(String text, Facet facet, String expected) {
    assertThat(grade(GuardForms.catches(test(text)), facet)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} clears {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "header :is \"Auto-Submitted\" \"no\"|AUTO|full",
        "header :is [\"Auto-Submitted\", \"X\"] \"no\"|AUTO|none",
        "envelope :matches \"from\" \"?*\"|NULL_SENDER|full",
        "envelope :contains \"from\" \"@\"|NULL_SENDER|full",
        "envelope :matches \"from\" \"*\"|NULL_SENDER|none",
        "envelope :is \"from\" \"boss@example.com\"|NULL_SENDER|full",
      })
  void clears(String text, Facet facet, String expected) {
    assertThat(grade(GuardForms.clears(test(text)), facet)).isEqualTo(expected);
  }
}
