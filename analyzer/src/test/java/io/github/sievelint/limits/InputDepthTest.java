package io.github.sievelint.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.run.CheckException;
import io.github.sievelint.run.CheckRun;
import io.github.sievelint.run.Layers;
import io.github.sievelint.run.Linted;
import io.github.sievelint.run.RunOptions;
import io.github.sievelint.run.ScriptFinder;
import io.github.sievelint.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recursive inputs beside the scripts, 100,000 deep: the YAML of manifests and configuration
 * files, JSON baselines, include chains, and forwarding through 100,000 aliases. Each is either
 * read without recursion or stopped with a one-line message; nothing overflows a 512 KiB stack.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InputDepthTest {

  static final int DEEP = DepthLimitsTest.DEEP;

  @TempDir Path root;

  private CheckRun run(ConfigValues cli) throws Exception {
    Layers layers =
        Layers.open(new ConfigLoader(BuiltinRules.registry(), root), root, false, null, cli);
    return new CheckRun(
        root,
        BuiltinRules.registry(),
        layers,
        RunOptions.of(layers.forFolder(root), "text"),
        "test");
  }

  private static ConfigValues baseline(Path file) {
    return new ConfigValues(
        List.of(), false, null, null, Map.of(), null, null, null, null, List.of(), file, null, null,
        null, null, Map.of(), null);
  }

  /** The repository at {@link #root} linted on a 512 KiB stack. */
  private RepositoryLinter.Result lintRepository() throws Throwable {
    return DepthLimitsTest.onSmallStack(
        () ->
            new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS)
                .lint(root, p -> root.relativize(p).toString()));
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /**
   * The one-line message of the configuration error that linting the root on a small stack gives.
   */
  private String configurationError() throws java.io.IOException {
    TestFiles.write(root, "a.sieve", "keep;\n");
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                DepthLimitsTest.onSmallStack(
                    () ->
                        run(ConfigValues.EMPTY)
                            .lintFiles(List.of(root), ScriptFinder.Selection.DEFAULT)));
    assertThat(thrown).isInstanceOf(ConfigException.class);
    String message = java.util.Objects.requireNonNull(thrown.getMessage());
    assertThat(message).hasLineCount(1);
    return message;
  }

  @Test
  void deepManifestYamlIsAConfigurationError() throws Throwable {
    // The manifest is configuration too (its rules: section): the run stops with one line.
    TestFiles.write(root, "sievelint.yaml", "version: 1\naccounts: " + nested(DEEP) + "\n");
    assertThat(configurationError()).contains("sievelint.yaml").contains("Nesting Depth");
  }

  @Test
  void deepConfigurationYamlIsAConfigurationError() throws Throwable {
    TestFiles.write(root, ".sievelint.yaml", "select: " + nested(DEEP) + "\n");
    assertThat(configurationError()).contains(".sievelint.yaml");
  }

  @Test
  void deepBaselineJsonIsABaselineError() throws Throwable {
    Path file = root.resolve("baseline.json");
    Files.writeString(file, nested(DEEP));
    TestFiles.write(root, "a.sieve", "keep\n");
    CheckRun run = run(baseline(file));
    Linted linted = run.lintFiles(List.of(root), ScriptFinder.Selection.DEFAULT);
    assertThatThrownBy(() -> DepthLimitsTest.onSmallStack(() -> run.applyBaseline(linted)))
        .isInstanceOf(CheckException.class)
        .message()
        .contains("baseline.json")
        .hasLineCount(1);
  }

  @Test
  void aChainOfIncludesStopsAtTheIncludeLimit() throws Throwable {
    TestFiles.write(
        root,
        "sievelint.yaml",
        """
        version: 1
        domains: [example.com]
        accounts:
          alice@example.com: {script: users/i0.sieve}
        """);
    // 100,000 files would only show the same: the chain stops at Includes.MAX_DEPTH.
    for (int i = 0; i < 200; i++) {
      TestFiles.write(
          root,
          "users/i" + i + ".sieve",
          "require [\"include\", \"vacation\"];\ninclude \"i" + (i + 1) + "\";\nvacation \"x\";\n");
    }
    RepositoryLinter.Result result = lintRepository();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::ruleId)
        .contains("limit-exceeded")
        .doesNotContain("internal-error");
  }

  @Test
  void forwardingThroughAHundredThousandAliases() throws Throwable {
    StringBuilder aliases = new StringBuilder();
    for (int i = 0; i < DEEP; i++) {
      aliases
          .append("a")
          .append(i)
          .append("@example.com ")
          .append(i + 1 < DEEP ? "a" + (i + 1) : "dave")
          .append("@example.com\n");
    }
    TestFiles.write(root, "postfix/virtual", aliases.toString());
    TestFiles.write(
        root,
        "sievelint.yaml",
        """
        version: 1
        domains: [example.com]
        accounts:
          dave@example.com: {script: users/dave.sieve}
        aliasFiles:
          - {path: postfix/virtual, format: postfix-virtual}
        """);
    TestFiles.write(
        root, "users/dave.sieve", "if header :is \"x\" \"y\" { redirect \"a0@example.com\"; }\n");
    RepositoryLinter.Result result = lintRepository();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::ruleId)
        .contains("redirect-to-self")
        .doesNotContain("internal-error");
    // The aliases resolve to dave again; the message shows the ends of the chain.
    assertThat(result.diagnostics())
        .filteredOn(d -> d.ruleId().equals("redirect-to-self"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains("more steps").hasSizeLessThan(2000);
              assertThat(d.related()).hasSizeLessThanOrEqualTo(12);
            });
    DepthLimitsTest.onSmallStack(
        () -> {
          DepthLimitsTest.writeEveryReport(result.diagnostics(), result.sources());
          return true;
        });
  }
}
