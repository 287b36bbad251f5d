package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.fix.Fixer;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.lint.FixInfo;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixes, file by file. Every fixture {@code x.sieve} with a neighbour {@code x.sieve.fixed} must
 * become exactly that file after its fixes are applied ({@code # fixture: fix=safe} applies the
 * safe ones only; the default applies unsafe ones too), in passes as the command line applies them.
 * For every fixture: fixing breaks nothing (no pass is undone), and fixing the fixed text again
 * changes nothing.
 */
class FixPairsTest {

  static Stream<Path> pairs() throws IOException {
    return FixtureTest.fixtures().filter(p -> Files.exists(fixedOf(p)));
  }

  private static Path fixedOf(Path fixture) {
    return fixture.resolveSibling(fixture.getFileName() + ".fixed");
  }

  /** Fixes {@code text} (fixture {@code fixture}'s settings) up to {@code level}. */
  static Fixer.Result<List<Diagnostic>> fix(Fixture fixture, String text, Fix.Applicability level) {
    Linter linter = new Linter(BuiltinRules.registry(), FixtureTest.settings(fixture));
    String name = fixture.name();
    Fixer<List<Diagnostic>> fixer =
        new Fixer<>(
            texts -> linter.lint(SourceFile.of(name, texts.getOrDefault(name, text))),
            found -> found,
            path -> path.equals(name) ? Optional.of(text) : Optional.empty());
    return fixer.run(linter.lint(SourceFile.of(name, text)), level);
  }

  private static Fixture read(Path path) throws IOException {
    String name = FixtureTest.ROOT.relativize(path).toString().replace('\\', '/');
    // As the linter reads it: a fixture that is not UTF-8 holds U+FFFD where its bad bytes are.
    return Fixture.read(name, SourceFile.decode(name, Files.readAllBytes(path)).text());
  }

  private static Fix.Applicability level(Fixture fixture) {
    return "safe".equals(fixture.settings().get("fix"))
        ? Fix.Applicability.SAFE
        : Fix.Applicability.UNSAFE;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void fixesGiveTheFixedFile(Path path) throws IOException {
    Fixture fixture = read(path);
    String expected = Files.readString(fixedOf(path), StandardCharsets.UTF_8);
    Fixer.Result<List<Diagnostic>> result = fix(fixture, fixture.text(), level(fixture));
    assertThat(result.failures()).as("%s: undone passes", fixture.name()).isEmpty();
    String actual = result.texts().getOrDefault(fixture.name(), fixture.text());
    assertThat(actual).as("%s fixed", fixture.name()).isEqualTo(expected);
    assertThat(result.fixed()).as("%s: fixes applied", fixture.name()).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.sievelint.rules.FixtureTest#fixtures")
  void fixingBreaksNothingAndIsIdempotent(Path path) throws IOException {
    Fixture fixture = read(path);
    Fixer.Result<List<Diagnostic>> once = fix(fixture, fixture.text(), Fix.Applicability.UNSAFE);
    assertThat(once.failures()).as("%s: undone passes", fixture.name()).isEmpty();
    String fixed = once.texts().getOrDefault(fixture.name(), fixture.text());
    Fixer.Result<List<Diagnostic>> twice = fix(fixture, fixed, Fix.Applicability.UNSAFE);
    assertThat(twice.texts()).as("%s: fixing again changes", fixture.name()).isEmpty();
    assertThat(twice.fixed()).as("%s: fixes left after fixing", fixture.name()).isZero();
  }

  /** A rule whose page promises a fix has a fixture pair showing it; one without promises none. */
  @Test
  void everyFixingRuleHasAPair() throws IOException {
    Set<String> paired = new HashSet<>();
    for (Path path : pairs().toList()) {
      paired.add(FixtureTest.ROOT.relativize(path).getName(0).toString());
    }
    List<String> missing = new ArrayList<>();
    for (RuleInfo info : BuiltinRules.registry().infos()) {
      FixInfo fix = info.fix();
      if (fix != null
          && fix.applicability() != Fix.Applicability.DISPLAY
          && !paired.contains(info.id())) {
        missing.add(info.id());
      }
    }
    assertThat(missing).as("rules with a fix and no fixtures/rules/<id>/*.sieve.fixed").isEmpty();
  }
}
