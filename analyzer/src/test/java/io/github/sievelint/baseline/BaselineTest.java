package io.github.sievelint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.SourceText;
import io.github.sievelint.spec.ServerProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepting findings, following them through edits, and noticing when they are gone. */
class BaselineTest {

  private Path dir = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) {
    dir = tmp;
  }

  static final String TWO = "require \"vacation\";\nvacation \"a\";\nvacation \"a\";\n";

  /** Only one rule runs, so that the counts here do not move when rules are added. */
  static final LintSettings ONE_RULE =
      new LintSettings(
          ServerProfiles.GENERIC, Set.of("vacation-missing-days"), Set.of(), Map.of(), Map.of());

  static List<Diagnostic> lint(SourceFile source) {
    return new Linter(BuiltinRules.registry(), ONE_RULE).lint(source);
  }

  static Function<String, Optional<SourceText>> sources(SourceFile... files) {
    Map<String, SourceText> map = new java.util.HashMap<>();
    for (SourceFile f : files) {
      map.put(f.path(), f);
    }
    return p -> Optional.ofNullable(map.get(p));
  }

  @Test
  void hidesAcceptedFindingsEvenAfterLinesMove() throws IOException {
    SourceFile before = SourceFile.of("a.sieve", TWO);
    Baseline baseline = Baseline.of(lint(before), sources(before), p -> p);
    baseline.write(dir.resolve("b.json"));
    Baseline read = Baseline.read(dir.resolve("b.json"));
    assertThat(read.size()).isEqualTo(2);

    SourceFile moved = SourceFile.of("a.sieve", "# a new comment\n\n" + TWO);
    Baseline.Result result = read.filter(lint(moved), sources(moved), p -> p, Set.of("a.sieve"));
    assertThat(result.kept()).isEmpty();
    assertThat(result.hidden()).isEqualTo(2);
    assertThat(result.stale()).isEmpty();
  }

  @Test
  void countsOccurrencesAndReportsStaleEntries() {
    SourceFile before = SourceFile.of("a.sieve", TWO);
    Baseline baseline = Baseline.of(lint(before), sources(before), p -> p);

    SourceFile three = SourceFile.of("a.sieve", TWO + "vacation \"a\";\n");
    Baseline.Result more = baseline.filter(lint(three), sources(three), p -> p, Set.of("a.sieve"));
    assertThat(more.kept()).as("a third copy of the same finding is new").hasSize(1);

    SourceFile one = SourceFile.of("a.sieve", "require \"vacation\";\nvacation \"a\";\n");
    Baseline.Result fewer = baseline.filter(lint(one), sources(one), p -> p, Set.of("a.sieve"));
    assertThat(fewer.kept()).isEmpty();
    assertThat(fewer.stale())
        .containsExactly(new Baseline.Stale("a.sieve", "vacation-missing-days", 1));

    Baseline.Result notLinted = baseline.filter(List.of(), sources(), p -> p, Set.of());
    assertThat(notLinted.stale()).as("files outside the run are not stale").isEmpty();
  }

  @Test
  void replacingKeepsOtherFiles() {
    SourceFile a = SourceFile.of("a.sieve", TWO);
    SourceFile b = SourceFile.of("b.sieve", TWO);
    Baseline both =
        Baseline.of(
            new java.util.ArrayList<>(List.copyOf(concat(lint(a), lint(b)))),
            sources(a, b),
            p -> p);
    Baseline onlyA = Baseline.of(List.of(), sources(), p -> p);
    Baseline merged = both.replacing(onlyA, Set.of("a.sieve"));
    assertThat(merged.size()).isEqualTo(2);
  }

  @Test
  void rejectsFilesThatAreNotBaselines() throws IOException {
    Path file = dir.resolve("x.json");
    Files.writeString(file, "{\"version\": 7}");
    assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("version 1");
    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("invalid JSON at line");
  }

  private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
    List<Diagnostic> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
