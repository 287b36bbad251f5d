package io.github.sievelint.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.model.ModelLoader;
import io.github.sievelint.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Repository discovery (issue 19): for every repository fixture with a model and every script a run
 * of the whole fixture checks, checking that script alone (as a file, as standard input with its
 * name, as the one changed file of a commit) gives exactly the findings the whole run reports that
 * touch it (located in it, or with a related location in it).
 */
class DiscoveryTest {

  private static final Path REPOS = Paths.get("src/test/resources/fixtures/repos");

  static Stream<Arguments> scripts() throws IOException {
    List<Arguments> out = new ArrayList<>();
    Path base = REPOS.toAbsolutePath().normalize();
    try (Stream<Path> cases = Files.list(base)) {
      for (Path fixture : cases.sorted().toList()) {
        if (ModelLoader.evidence(fixture).isEmpty()) {
          continue;
        }
        ScriptFinder.Found found =
            new ScriptFinder().find(base, List.of(fixture), ScriptFinder.Selection.DEFAULT);
        for (Path file : found.files()) {
          out.add(Arguments.of(fixture.getFileName().toString(), DisplayPaths.of(base, file)));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("scripts")
  void aFileAloneGetsWhatTheWholeRunReportsForIt(String fixture, String file) throws Exception {
    List<Diagnostic> whole = touching(lint(Path.of(fixture)), file);
    Linted alone = lint(Path.of(file));
    assertThat(sorted(alone.diagnostics())).isEqualTo(whole);
    assertThat(alone.notes()).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("scripts")
  void standardInputWithTheFileNameGetsTheSame(String fixture, String file) throws Exception {
    List<Diagnostic> whole = touching(lint(Path.of(fixture)), file);
    byte[] text = Files.readAllBytes(base().resolve(file));
    Linted alone = run().lintSource(file, text);
    assertThat(sorted(alone.diagnostics())).isEqualTo(whole);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("scripts")
  void aCommitChangingTheFileGetsTheSame(String fixture, String file) throws Exception {
    List<Diagnostic> whole = touching(lint(Path.of(fixture)), file);
    // Hook mode keeps what touches the changed files itself (the command line's ChangedFiles).
    Linted changed = run().lintScripts(List.of(Path.of(file)), null, List.of(Path.of(file)));
    assertThat(touching(changed, file)).isEqualTo(whole);
  }

  @org.junit.jupiter.api.Test
  void aFileOfNoMailSystemGetsItsOwnFindingsAndOneNote() throws Exception {
    String file = "layout-evidence-none/vacation.sieve";
    assertThat(Files.isRegularFile(base().resolve(file))).isTrue();
    Linted whole = lint(Path.of("layout-evidence-none"));
    Linted alone = lint(Path.of(file));
    assertThat(sorted(alone.diagnostics())).isEqualTo(touching(whole, file));
    assertThat(alone.notes())
        .containsExactly(
            "no mail-system model found at or above "
                + file
                + " (no sievelint.yaml or known layout): the cross-account rules did not run");
  }

  private static Linted lint(Path path) throws Exception {
    return run().lintFiles(List.of(path), ScriptFinder.Selection.DEFAULT);
  }

  private static Path base() {
    return REPOS.toAbsolutePath().normalize();
  }

  private static CheckRun run() throws Exception {
    ConfigLoader loader = new ConfigLoader(BuiltinRules.registry(), base());
    Layers layers = Layers.open(loader, base(), false, null, ConfigValues.EMPTY);
    return new CheckRun(
        base(),
        BuiltinRules.registry(),
        layers,
        RunOptions.of(layers.forFolder(base()), "text"),
        "test");
  }

  private static List<Diagnostic> touching(Linted linted, String file) {
    return sorted(
        linted.diagnostics().stream()
            .filter(
                d ->
                    d.path().equals(file)
                        || d.related().stream().anyMatch(r -> r.path().equals(file)))
            .toList());
  }

  private static List<Diagnostic> sorted(List<Diagnostic> found) {
    return found.stream().sorted(Diagnostic.ORDER).toList();
  }
}
