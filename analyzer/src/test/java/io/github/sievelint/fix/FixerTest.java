package io.github.sievelint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pass engine on a toy linter: every {@code x} is a finding whose safe fix makes it {@code y};
 * every {@code ab} a finding whose fix (overlapping the {@code x} fix of {@code xab}'s neighbour
 * when written {@code ab} right after) inserts a {@code -} between; every {@code z} a finding whose
 * unsafe fix doubles it, which brings a new finding and must be undone.
 */
class FixerTest {

  private static List<Diagnostic> lint(String path, String text) {
    SourceFile source = SourceFile.of(path, text);
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'x') {
        out.add(finding(source, "to-y", i, i + 1, Fix.Applicability.SAFE, "y"));
      } else if (c == 'z') {
        out.add(finding(source, "no-z", i, i + 1, Fix.Applicability.UNSAFE, "zz"));
      } else if (c == 'a' && i + 1 < text.length() && text.charAt(i + 1) == 'b') {
        // Replaces "ab" with "a-b": overlaps the edit of an "x" fix only if it touched these.
        out.add(finding(source, "split-ab", i, i + 2, Fix.Applicability.SAFE, "a-b"));
      } else if (c == 'q') {
        out.add(finding(source, "shown", i, i + 1, Fix.Applicability.DISPLAY, ""));
      }
    }
    return out;
  }

  private static Diagnostic finding(
      SourceFile source, String rule, int start, int end, Fix.Applicability level, String text) {
    Fix fix = new Fix(level, "fix " + rule, List.of(new Fix.Edit(source.span(start, end), text)));
    return new Diagnostic(
        rule, Severity.WARNING, source.path(), source.span(start, end), rule, List.of(), null, fix);
  }

  private static Fixer.Result<List<Diagnostic>> run(
      Fix.Applicability level, Map<String, String> files) {
    Fixer<List<Diagnostic>> fixer =
        new Fixer<>(
            texts -> {
              List<Diagnostic> all = new ArrayList<>();
              files.forEach(
                  (path, original) -> all.addAll(lint(path, texts.getOrDefault(path, original))));
              return all;
            },
            found -> found,
            path -> Optional.ofNullable(files.get(path)));
    List<Diagnostic> first = new ArrayList<>();
    files.forEach((path, original) -> first.addAll(lint(path, original)));
    return fixer.run(first, level);
  }

  @Test
  void safeFixesApplyAndDisplayFixesNever() {
    Fixer.Result<List<Diagnostic>> result = run(Fix.Applicability.SAFE, Map.of("f", "x q x"));
    assertThat(result.texts()).containsExactly(Map.entry("f", "y q y"));
    assertThat(result.fixed()).isEqualTo(2);
    assertThat(result.passes()).isEqualTo(1);
    assertThat(result.last()).extracting(Diagnostic::ruleId).containsExactly("shown");
  }

  @Test
  void overlappingFixesWaitForTheNextPass() {
    // Two fixes on "aab": "ab" at 1..3 only; after it, "a-b" has no finding. And "abab": the fixes
    // at 0..2 and 2..4 do not overlap (they border), so one pass takes both.
    Fixer.Result<List<Diagnostic>> borders = run(Fix.Applicability.SAFE, Map.of("f", "abab"));
    assertThat(borders.texts()).containsExactly(Map.entry("f", "a-ba-b"));
    assertThat(borders.passes()).isEqualTo(1);
    // Insertions at one point conflict: two fixes inserting at the same offset take two passes.
    SourceFile source = SourceFile.of("g", "k");
    Diagnostic one =
        new Diagnostic(
            "ins",
            Severity.INFO,
            "g",
            source.span(0, 1),
            "1",
            List.of(),
            null,
            Fix.safe("one", List.of(new Fix.Edit(source.span(0, 0), "1"))));
    Diagnostic two =
        new Diagnostic(
            "ins",
            Severity.INFO,
            "g",
            source.span(0, 1),
            "2",
            List.of(),
            null,
            Fix.safe("two", List.of(new Fix.Edit(source.span(0, 0), "2"))));
    assertThat(Fixer.choose(List.of(one, two), 1)).containsExactly(one.fix());
  }

  @Test
  void aFixThatMakesAFileWorseIsUndoneAndNamed() {
    Fixer.Result<List<Diagnostic>> result =
        run(Fix.Applicability.UNSAFE, Map.of("f", "x z", "g", "x"));
    // f: the pass applied to-y and no-z together; no-z doubled the z, so f keeps its text.
    assertThat(result.texts()).containsExactly(Map.entry("g", "y"));
    assertThat(result.failures()).hasSize(1);
    Fixer.Failure failure = result.failures().get(0);
    assertThat(failure.path()).isEqualTo("f");
    assertThat(failure.rules()).containsExactly("no-z", "to-y");
    assertThat(failure.line()).contains("no-z").contains("new no-z finding").contains("f");
    // The last lint is of the texts returned: f as it was, g fixed.
    assertThat(result.last())
        .extracting(Diagnostic::ruleId)
        .containsExactlyInAnyOrder("to-y", "no-z");
  }

  @Test
  void unsafeFixesWaitForTheirLevel() {
    Fixer.Result<List<Diagnostic>> result = run(Fix.Applicability.SAFE, Map.of("f", "z"));
    assertThat(result.texts()).isEmpty();
    assertThat(result.passes()).isZero();
  }

  @Test
  void aFileThatMustNotChangeIsLeftAlone() {
    Fixer<List<Diagnostic>> fixer =
        new Fixer<>(
            texts -> lint("f", texts.getOrDefault("f", "x")), f -> f, p -> Optional.empty());
    Fixer.Result<List<Diagnostic>> result = fixer.run(lint("f", "x"), Fix.Applicability.UNSAFE);
    assertThat(result.texts()).isEmpty();
    assertThat(result.fixed()).isZero();
  }

  @Test
  void editsApplyInFileOrderAndRejectOverlaps() {
    SourceFile source = SourceFile.of("f", "abcdef");
    String out =
        Fix.apply(
            source.text(),
            List.of(
                new Fix.Edit(source.span(4, 6), "EF"),
                new Fix.Edit(source.span(0, 0), ">"),
                new Fix.Edit(source.span(1, 2), "")));
    assertThat(out).isEqualTo(">acdEF");
    Fix.Edit a = new Fix.Edit(source.span(1, 3), "");
    Fix.Edit b = new Fix.Edit(source.span(2, 4), "");
    Fix.Edit c = new Fix.Edit(source.span(3, 3), "!");
    Fix.Edit d = new Fix.Edit(source.span(3, 5), "");
    assertThat(a.overlaps(b)).isTrue();
    assertThat(a.overlaps(c)).isTrue(); // borders the insertion point
    assertThat(c.overlaps(d)).isTrue();
    assertThat(a.overlaps(new Fix.Edit(source.span(3, 5), ""))).isFalse();
  }
}
