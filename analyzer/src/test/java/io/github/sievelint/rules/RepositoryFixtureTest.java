package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.EffectiveScriptRule;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.lint.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lints every repository under {@code fixtures/repos/<case>/} as a whole and compares the findings
 * with the inline markers of all its files (scripts, manifest, alias files), strictly. A case's
 * {@code problems.txt} lists substrings of the configuration problems it expects, one a line; a
 * case with a {@code no-model.txt} (saying why) expects that no model is found, so that the
 * repository pass reports nothing and its scripts are linted one by one.
 */
class RepositoryFixtureTest {

  static final Path ROOT = Paths.get("src/test/resources/fixtures/repos");

  /** Files of a case that are about the case, not part of the repository under test. */
  private static final Set<String> NOTES = Set.of("problems.txt", "no-model.txt");

  static Stream<Path> repositories() throws IOException {
    try (Stream<Path> list = Files.list(ROOT)) {
      return list.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  /** The cases that describe a mail system, those without a {@code no-model.txt}. */
  static Stream<Path> modelRepositories() throws IOException {
    return repositories().filter(r -> !Files.exists(r.resolve("no-model.txt")));
  }

  /** Every file of a case that may hold markers, relative to the case with '/'. */
  static List<Path> files(Path repository) throws IOException {
    try (Stream<Path> walk = Files.walk(repository)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !Files.isSymbolicLink(p))
          .filter(p -> !NOTES.contains(p.getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  /**
   * The per-file rules that the repository pass runs on effective scripts are on only in the cases
   * whose markers name them, so that the cases about other rules need not list every guard finding.
   */
  static LintSettings settings(Path repository) throws IOException {
    Set<String> named = new HashSet<>();
    for (Path file : files(repository)) {
      String name = repository.relativize(file).toString().replace('\\', '/');
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (Fixture.Expectation e : Fixture.read(name, text).expectations()) {
        named.add(e.ruleId());
      }
    }
    Set<String> ignore = new HashSet<>(LintSettings.DEFAULTS.ignore());
    for (Rule rule : BuiltinRules.registry().rules()) {
      if (rule instanceof EffectiveScriptRule && !named.contains(rule.info().id())) {
        ignore.add(rule.info().id());
      }
    }
    LintSettings d = LintSettings.DEFAULTS;
    return new LintSettings(d.server(), d.select(), ignore, d.severities(), d.options());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repositories")
  void findingsMatchMarkers(Path repository) throws IOException {
    RepositoryLinter.Result result =
        new RepositoryLinter(BuiltinRules.registry(), settings(repository))
            .lint(
                repository,
                p ->
                    repository
                        .toAbsolutePath()
                        .normalize()
                        .relativize(p)
                        .toString()
                        .replace('\\', '/'));
    boolean modelExpected = !Files.exists(repository.resolve("no-model.txt"));
    assertThat(result.model().isPresent())
        .as("%s has a model: %s", repository, result.model().map(m -> m.source()))
        .isEqualTo(modelExpected);
    List<String> missing = new ArrayList<>();
    List<Diagnostic> unmatched = new ArrayList<>(result.diagnostics());
    for (Path file : files(repository)) {
      String name = repository.relativize(file).toString().replace('\\', '/');
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (Fixture.Expectation e : Fixture.read(name, text).expectations()) {
        Diagnostic hit = null;
        for (Diagnostic d : unmatched) {
          if (d.path().equals(name) && e.matches(d)) {
            hit = d;
            break;
          }
        }
        if (hit == null) {
          missing.add(name + ":" + e);
        } else {
          unmatched.remove(hit);
        }
      }
    }
    List<String> unexpected =
        unmatched.stream()
            .map(
                d ->
                    d.path()
                        + ":"
                        + d.span().startLine()
                        + ":"
                        + d.span().startColumn()
                        + " "
                        + d.ruleId()
                        + " "
                        + d.message())
            .toList();
    assertThat(missing)
        .as("%s: expected but not reported (unexpected: %s)", repository, unexpected)
        .isEmpty();
    assertThat(unexpected).as("%s: reported but not expected", repository).isEmpty();

    Path problemsFile = repository.resolve("problems.txt");
    List<String> expectedProblems =
        Files.exists(problemsFile)
            ? Files.readAllLines(problemsFile).stream().filter(l -> !l.isBlank()).toList()
            : List.of();
    List<String> problems = new ArrayList<>(result.problems());
    for (String expected : expectedProblems) {
      String hit = problems.stream().filter(p -> p.contains(expected)).findFirst().orElse(null);
      assertThat(hit)
          .as("%s: a problem containing '%s' in %s", repository, expected, problems)
          .isNotNull();
      problems.remove(hit);
    }
    assertThat(problems).as("%s: unexpected configuration problems", repository).isEmpty();
  }
}
