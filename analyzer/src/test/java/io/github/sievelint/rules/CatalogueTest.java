package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the rule catalogue honest: every rule documented, every documented example fires. */
class CatalogueTest {

  private static final List<String> HEADINGS =
      List.of("What it flags", "Why it matters", "Example", "How to fix");
  private static final Pattern SIEVE_BLOCK = Pattern.compile("```sieve\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern FILE_BLOCK =
      Pattern.compile("```(?:sieve|yaml)\\n# file: ([^\\n]+)\\n(.*?)```", Pattern.DOTALL);

  static Stream<Rule> rules() {
    return BuiltinRules.registry().rules().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void pageHasTheHeadingsAndATitle(Rule rule) {
    RuleInfo info = rule.info();
    String page = info.page();
    assertThat(page).startsWith("# " + info.id() + "\n");
    for (String heading : HEADINGS) {
      assertThat(page)
          .as("%s page heading %s", info.id(), heading)
          .contains("\n## " + heading + "\n");
      assertThat(info.pageSection(heading)).as("%s section %s", info.id(), heading).isNotBlank();
    }
    if (rule instanceof RepositoryRule) {
      // Its finding can span files; the page says which of them hold the directive (issue 19).
      assertThat(info.pageSection("Suppressing"))
          .as("%s section Suppressing", info.id())
          .isNotBlank();
    }
    assertThat(info.summary()).doesNotEndWith(".");
    assertThat(rule.getClass().getSimpleName()).isEqualTo(className(info.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void exampleFiresTheRule(Rule rule) throws IOException {
    RuleInfo info = rule.info();
    if (info.id().equals("limit-exceeded") || info.id().equals("invalid-encoding")) {
      // Their examples cannot be shown as text: the bytes or the size are the point.
      return;
    }
    if (info.id().equals("internal-error")) {
      // It reports sievelint's own bugs; FailureContainmentTest makes one with a failing rule.
      return;
    }
    if (rule instanceof RepositoryRule) {
      assertThat(repositoryExample(info))
          .extracting(Diagnostic::ruleId)
          .as("findings of the example repository")
          .contains(info.id());
      return;
    }
    Matcher block = SIEVE_BLOCK.matcher(info.pageSection("Example"));
    assertThat(block.find()).as("%s example has a ```sieve block", info.id()).isTrue();
    // An example may carry "# fixture:" lines (a server profile, a rule option) like a fixture.
    String example = block.group(1);
    LintSettings settings = FixtureTest.settings(Fixture.read(info.id() + ".md", example));
    List<Diagnostic> found =
        new Linter(BuiltinRules.registry(), settings)
            .lint(SourceFile.of(info.id() + "-example.sieve", example));
    assertThat(found)
        .extracting(Diagnostic::ruleId)
        .as("findings of the example")
        .contains(info.id());
  }

  /**
   * Writes the example of a repository rule to a temporary folder and lints it: each {@code yaml}
   * or {@code sieve} block of the Example section starts with {@code # file: PATH}.
   */
  private static List<Diagnostic> repositoryExample(RuleInfo info) throws IOException {
    Path root = Files.createTempDirectory("sievelint-example");
    Matcher block = FILE_BLOCK.matcher(info.pageSection("Example"));
    int files = 0;
    while (block.find()) {
      Path file = root.resolve(block.group(1).trim());
      Files.createDirectories(file.getParent());
      Files.writeString(file, block.group(2), StandardCharsets.UTF_8);
      files++;
    }
    assertThat(files).as("%s example has # file: blocks", info.id()).isPositive();
    return new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS)
        .lint(root, p -> root.relativize(p).toString())
        .diagnostics();
  }

  @Test
  void everyPageBelongsToARegisteredRule() throws IOException {
    Path pages = Paths.get("src/main/resources/io/github/sievelint/rules");
    try (Stream<Path> files = Files.list(pages)) {
      for (Path page : files.toList()) {
        String id = page.getFileName().toString().replaceFirst("\\.md$", "");
        assertThat(BuiltinRules.registry().contains(id)).as("rule for page %s", page).isTrue();
      }
    }
  }

  static String className(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-", -1)) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
