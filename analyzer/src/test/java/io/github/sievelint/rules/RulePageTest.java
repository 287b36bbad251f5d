package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the flow rules' pages honest: each has the required headings, and its Example, linted with
 * the {@code # fixture:} settings it may carry, fires the rule.
 */
class RulePageTest {

  private static final Pattern SIEVE_BLOCK = Pattern.compile("```sieve\\n(.*?)```", Pattern.DOTALL);

  static Stream<RuleInfo> rules() {
    return BuiltinRules.registry().infos().stream()
        .filter(info -> info.category() != io.github.sievelint.lint.Category.SYNTAX);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void pageHasHeadingsAndAFiringExample(RuleInfo info) {
    String page = info.page();
    assertThat(page).startsWith("# " + info.id() + "\n");
    for (String heading : List.of("What it flags", "Why it matters", "Example", "How to fix")) {
      assertThat(info.pageSection(heading)).as("%s: section %s", info.id(), heading).isNotEmpty();
    }
    Matcher block = SIEVE_BLOCK.matcher(info.pageSection("Example"));
    assertThat(block.find()).as("%s: a sieve block under Example", info.id()).isTrue();
    String example = block.group(1);
    Fixture fixture = Fixture.read(info.id() + ".md", example);
    List<Diagnostic> found = FixtureTest.lint(fixture, example.getBytes(StandardCharsets.UTF_8));
    assertThat(found)
        .as("%s: the Example fires the rule", info.id())
        .anyMatch(d -> d.ruleId().equals(info.id()));
    assertThat(SourceFile.of("x", example).encodingProblems()).isEmpty();
  }
}
