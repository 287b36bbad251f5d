package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.spec.ServerProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lints every fixture under {@code fixtures/rules/<rule-id>/} and compares the findings with the
 * inline markers, strictly: a missing finding and an unexpected one both fail.
 */
class FixtureTest {

  static final Path ROOT = Paths.get("src/test/resources/fixtures/rules");

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> p.toString().endsWith(".sieve")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsMatchMarkers(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    String name = ROOT.relativize(path).toString().replace('\\', '/');
    Fixture fixture = Fixture.read(name, new String(bytes, StandardCharsets.UTF_8));
    List<Diagnostic> found = lint(fixture, bytes);
    List<String> unexpected = new ArrayList<>();
    List<Fixture.Expectation> missing = new ArrayList<>(fixture.expectations());
    for (Diagnostic d : found) {
      Fixture.Expectation hit = null;
      for (Fixture.Expectation e : missing) {
        if (e.matches(d)) {
          hit = e;
          break;
        }
      }
      if (hit == null) {
        unexpected.add(
            d.span().startLine()
                + ":"
                + d.span().startColumn()
                + " "
                + d.ruleId()
                + " "
                + d.message());
      } else {
        missing.remove(hit);
      }
    }
    assertThat(missing)
        .as("%s: expected but not reported (unexpected: %s)", name, unexpected)
        .isEmpty();
    assertThat(unexpected).as("%s: reported but not expected", name).isEmpty();
  }

  static List<Diagnostic> lint(Fixture fixture, byte[] bytes) {
    Linter linter = new Linter(BuiltinRules.registry(), settings(fixture));
    return linter.lint(SourceFile.decode(fixture.name(), bytes));
  }

  static LintSettings settings(Fixture fixture) {
    Map<String, Map<String, Object>> options = new HashMap<>();
    String optionLines = fixture.settings().get("option");
    if (optionLines != null) {
      for (String option : optionLines.lines().toList()) {
        int dot = option.indexOf('.');
        int eq = option.indexOf('=');
        options
            .computeIfAbsent(option.substring(0, dot), k -> new HashMap<>())
            .put(option.substring(dot + 1, eq), option.substring(eq + 1));
      }
    }
    String server = fixture.settings().getOrDefault("server", "generic");
    // "# fixture: select=a,b" runs only those rules: parser fixtures need not be valid scripts.
    java.util.Set<String> select = new java.util.HashSet<>();
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("[a-z0-9-]+")
            .matcher(fixture.settings().getOrDefault("select", ""));
    while (id.find()) {
      select.add(id.group());
    }
    return new LintSettings(
        ServerProfiles.byId(server)
            .orElseThrow(() -> new IllegalArgumentException("unknown server " + server)),
        select,
        java.util.Set.of(),
        Map.of(),
        options,
        // "# fixture: server=generic" chooses the server, so no vendor extension infers another.
        fixture.settings().containsKey("server"),
        null);
  }

  @Test
  void everyRuleHasAFixtureThatExpectsIt() throws IOException {
    List<String> expectedSomewhere = new ArrayList<>();
    for (Path path : fixtures().toList()) {
      String text = Files.readString(path, StandardCharsets.ISO_8859_1);
      for (Fixture.Expectation e : Fixture.read(path.toString(), text).expectations()) {
        expectedSomewhere.add(e.ruleId());
      }
    }
    for (Path repository : RepositoryFixtureTest.repositories().toList()) {
      for (Path path : RepositoryFixtureTest.files(repository)) {
        String text = Files.readString(path, StandardCharsets.ISO_8859_1);
        for (Fixture.Expectation e : Fixture.read(path.toString(), text).expectations()) {
          expectedSomewhere.add(e.ruleId());
        }
      }
    }
    for (var info : BuiltinRules.registry().infos()) {
      if (info.id().equals("internal-error")) {
        // No script triggers it on purpose: FailureContainmentTest makes one with a failing rule.
        continue;
      }
      assertThat(expectedSomewhere).as("a fixture expecting %s", info.id()).contains(info.id());
    }
  }
}
