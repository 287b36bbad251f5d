package io.github.sievelint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.graph.Analysis;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run that linted files on their own while the model loaded tells the repository pass which
 * scripts are quiet ({@link RepositoryLinter.Parsed#quiet}), so that it does not parse them again:
 * whatever the global scripts hold, the outcome must be the same as without that knowledge.
 */
class KnownQuietScriptsTest {

  @TempDir Path root;

  private void write(String relative, String text) throws IOException {
    TestFiles.write(root, relative, text);
  }

  /**
   * Alice's and Bob's scripts are quiet, Carol's redirects. The global before script stops bare (a
   * finding that needs the flow of the before scripts); with {@code after}, a global after script
   * answers mail, and Alice's quiet script decides how well it is guarded.
   */
  @ParameterizedTest(name = "global after script: {0}")
  @ValueSource(booleans = {false, true})
  void knowingChangesNothing(boolean after) throws IOException {
    write(
        "sievelint.yaml",
        "version: 1\n"
            + "domains: [example.com]\n"
            + "accounts:\n"
            + "  alice@example.com: {script: users/alice.sieve}\n"
            + "  bob@example.com: {script: users/bob.sieve}\n"
            + "  carol@example.com: {script: users/carol.sieve}\n"
            + "  dave@example.com: {script: users/alice.sieve}\n"
            + "global:\n"
            + "  before: [global/before.sieve]\n"
            + (after ? "  after: [global/after.sieve]\n" : ""));
    write("global/before.sieve", "if header :contains \"Auto-Submitted\" \"auto\" {\n  stop;\n}\n");
    write("global/after.sieve", "require \"vacation\";\nvacation :days 7 \"I am away\";\n");
    write("users/alice.sieve", "if exists \"List-Id\" {\n  stop;\n}\n");
    write("users/bob.sieve", "keep;\n");
    write("users/carol.sieve", "redirect \"bob@example.com\";\n");

    Function<Path, String> display = p -> root.relativize(p).toString().replace('\\', '/');
    Set<String> toldQuiet = new TreeSet<>();
    RepositoryLinter.Parsed knowing =
        new RepositoryLinter.Parsed() {
          @Override
          public Optional<ParseResult> of(Path file) {
            return Optional.empty();
          }

          @Override
          public boolean quiet(Path file) {
            boolean quiet = Analysis.quiet(parse(file));
            if (quiet) {
              toldQuiet.add(display.apply(file));
            }
            return quiet;
          }
        };
    RepositoryLinter linter = new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS);
    RepositoryLinter.Result plain = linter.lint(root, display);
    RepositoryLinter.Result known = linter.lint(root, display, knowing);

    assertThat(toldQuiet).containsExactly("users/alice.sieve", "users/bob.sieve");
    assertThat(plain.diagnostics())
        .extracting(Diagnostic::ruleId)
        .contains("global-stop-not-exiting");
    if (after) {
      assertThat(plain.diagnostics())
          .filteredOn(d -> d.ruleId().equals("vacation-unguarded"))
          .extracting(Diagnostic::message)
          .anySatisfy(m -> assertThat(m).doesNotContain("LIST"));
    }
    assertThat(known.diagnostics()).isEqualTo(plain.diagnostics());
    assertThat(known.problems()).isEqualTo(plain.problems());
    assertThat(known.effectiveFiles()).isEqualTo(plain.effectiveFiles());
    Analysis knownAnalysis = Objects.requireNonNull(known.analysis());
    Analysis plainAnalysis = Objects.requireNonNull(plain.analysis());
    assertThat(knownAnalysis.usedScripts()).isEqualTo(plainAnalysis.usedScripts());
    assertThat(knownAnalysis.actions()).isEqualTo(plainAnalysis.actions());
  }

  private static ParseResult parse(Path file) {
    try {
      return new ScriptParser().parse(SourceFile.decode(file.toString(), Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
