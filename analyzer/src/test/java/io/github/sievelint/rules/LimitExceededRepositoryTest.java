package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Includes;
import io.github.sievelint.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository limits of {@code limit-exceeded}: include depth and count, cycles. */
class LimitExceededRepositoryTest {

  @TempDir Path root;

  private void write(String relative, String text) throws IOException {
    TestFiles.write(root, relative, text);
  }

  private List<Diagnostic> limits() {
    RepositoryLinter.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS)
                    .lint(root, p -> root.relativize(p).toString().replace('\\', '/')));
    return result.diagnostics().stream().filter(d -> d.ruleId().equals("limit-exceeded")).toList();
  }

  private void oneAccount() throws IOException {
    write(
        "sievelint.yaml",
        """
        version: 1
        domains: [example.com]
        accounts:
          alice@example.com: {script: users/main.sieve}
        """);
  }

  @Test
  void exponentialIncludeDiamondStopsAtTheCountLimit() throws IOException {
    oneAccount();
    int levels = 30;
    write("users/main.sieve", "require \"include\";\ninclude \"d0\";\n");
    for (int i = 0; i < levels; i++) {
      String body =
          i + 1 < levels
              ? "require \"include\";\nif header :contains \"subject\" \"x"
                  + i
                  + "\" { include \"d"
                  + (i + 1)
                  + "\"; }\ninclude \"d"
                  + (i + 1)
                  + "\";\n"
              : "keep;\n";
      write("users/d" + i + ".sieve", body);
    }
    List<Diagnostic> found = limits();
    assertThat(found).isNotEmpty();
    assertThat(found)
        .allSatisfy(
            d -> {
              assertThat(d.message())
                  .contains("more than " + Includes.MAX_INLINED + " includes into one");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.path()).startsWith("users/d");
            });
  }

  @Test
  void deepIncludeChainStopsAtTheDepthLimit() throws IOException {
    oneAccount();
    int depth = 100;
    write("users/main.sieve", "require \"include\";\ninclude \"c0\";\n");
    for (int i = 0; i < depth; i++) {
      write(
          "users/c" + i + ".sieve",
          i + 1 < depth ? "require \"include\";\ninclude \"c" + (i + 1) + "\";\n" : "keep;\n");
    }
    List<Diagnostic> found = limits();
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo(
                      "include \"c32\" is nested more than "
                          + Includes.MAX_DEPTH
                          + " includes deep; sievelint does not inline it or anything below it");
              assertThat(d.path()).isEqualTo("users/c31.sieve");
            });
  }

  @Test
  void denseForwardingComponentReportsTheCycleCap() throws IOException {
    int accounts = 12;
    StringBuilder manifest = new StringBuilder("version: 1\ndomains: [example.com]\naccounts:\n");
    for (int i = 0; i < accounts; i++) {
      manifest.append("  u").append(i).append("@example.com: {script: users/u");
      manifest.append(i).append(".sieve}\n");
      StringBuilder script = new StringBuilder("require \"copy\";\n");
      for (int j = 0; j < accounts; j++) {
        if (j != i) {
          script.append("redirect :copy \"u").append(j).append("@example.com\";\n");
        }
      }
      write("users/u" + i + ".sieve", script.toString());
    }
    write("sievelint.yaml", manifest.toString());
    List<Diagnostic> found = limits();
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .contains("forwarding component of 12 addresses (u0@example.com")
                  .contains("at least 50 cycles")
                  .contains("more cycles may exist");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
            });
  }
}
