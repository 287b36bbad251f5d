package io.github.sievelint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, checking and merging configuration files. */
class ConfigLoaderTest {

  private Path dir = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) {
    dir = tmp;
  }

  ConfigLoader loader() {
    return new ConfigLoader(BuiltinRules.registry(), dir);
  }

  Path write(String name, String text) throws IOException {
    return TestFiles.write(dir, name, text);
  }

  @Test
  void readsEveryKey() throws Exception {
    Path file =
        write(
            ".sievelint.yaml",
            """
            version: 1
            root: true
            format: SARIF
            output: out/report.sarif
            reports: {junit: out/junit.xml, gitlab: out/cq.json}
            failOn: error
            exitZero: false
            server: dovecot-2.4
            select: [vacation-period-too-short, syntax-error]
            ignore: invalid-encoding
            baseline: base.json
            color: never
            quiet: yes
            statistics: true
            jobs: 3
            rules:
              vacation-period-too-short: {severity: info, minSeconds: 3600}
              redirect-target-tainted: {domains: [a, b]}
              limit-exceeded: off
            """);
    ConfigValues v = loader().load(file);
    assertThat(v.root()).isTrue();
    assertThat(v.format()).isEqualTo("sarif");
    assertThat(v.output()).isEqualTo(dir.resolve("out/report.sarif"));
    assertThat(v.reports()).containsEntry("junit", dir.resolve("out/junit.xml"));
    assertThat(v.failOn()).isEqualTo("error");
    assertThat(v.server()).isEqualTo("dovecot-2.4");
    assertThat(v.select()).containsExactly("vacation-period-too-short", "syntax-error");
    assertThat(v.ignore()).containsExactly("invalid-encoding");
    assertThat(v.baseline()).isEqualTo(dir.resolve("base.json"));
    assertThat(v.quiet()).isTrue();
    assertThat(v.jobs()).isEqualTo(3);
    assertThat(v.sources()).containsExactly(file.toAbsolutePath().normalize());
    LintSettings settings = Settings.of(v);
    assertThat(settings.server().id()).isEqualTo("dovecot-2.4");
    assertThat(settings.severities()).containsEntry("vacation-period-too-short", Severity.INFO);
    assertThat(settings.option("vacation-period-too-short", "minSeconds")).contains(3600L);
    assertThat(settings.option("redirect-target-tainted", "domains")).contains(List.of("a", "b"));
    assertThat(settings.enabled("limit-exceeded")).isFalse();
    assertThat(settings.enabled("invalid-encoding")).isFalse();
  }

  @Test
  void emptyFileSetsNothing() throws Exception {
    ConfigValues v = loader().load(write(".sievelint.yaml", "# nothing yet\n"));
    assertThat(v.format()).isNull();
    assertThat(v.rules()).isEmpty();
  }

  @Test
  void errorsNameTheFileAndLine() throws Exception {
    assertError("format: text\ncolour: never\n", ".sievelint.yaml:2: unknown key 'colour'");
    assertError("format: pdf\n", ".sievelint.yaml:1: format must be one of");
    assertError("failOn: sometimes\n", ".sievelint.yaml:1: failOn must be one of");
    assertError("server: exchange\n", ".sievelint.yaml:1: unknown server profile 'exchange'");
    assertError("rules:\n  no-such-rule: off\n", ".sievelint.yaml:2: unknown rule 'no-such-rule'");
    assertError(
        "rules:\n  syntax-error: {severity: fatal}\n",
        ".sievelint.yaml:2: severity of syntax-error must be error, warning, info or off");
    assertError("select: [nope]\n", ".sievelint.yaml:1: unknown rule 'nope' in select");
    assertError("jobs: 0\n", ".sievelint.yaml:1: jobs must be between 1 and 256");
    assertError("quiet: maybe\n", ".sievelint.yaml:1: quiet must be true or false");
    assertError("format: text\nformat: json\n", ".sievelint.yaml:2: duplicate key 'format'");
    assertError("format: [text\n", ".sievelint.yaml:2: not valid YAML");
    assertError("- just\n- a list\n", ".sievelint.yaml:1: the file must be a mapping");
    assertError("version: 2\n", ".sievelint.yaml:1: version must be 1");
    assertError("reports: [sarif]\n", ".sievelint.yaml:1: a report must be written FORMAT=FILE");
  }

  @Test
  void refusesTagsThatWouldBuildObjects() throws Exception {
    assertError(
        "format: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://localhost/\"]]]]\n",
        ".sievelint.yaml:1:");
    assertError("format: !custom text\n", "unsupported tag");
  }

  @Test
  void refusesAliasBombs() throws Exception {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char p = (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append("]\n");
    }
    assertError(yaml.toString(), "not valid YAML");
  }

  @Test
  void manifestContributesOnlyRulesAndServer() throws Exception {
    Path file =
        write(
            "sievelint.yaml",
            """
            version: 1
            server: stalwart
            domains: [example.com]
            accounts: {alice@example.com: {script: a.sieve}}
            rules:
              vacation-period-too-short: {severity: error}
            """);
    ConfigValues v = loader().loadManifest(file);
    assertThat(v.server()).isEqualTo("stalwart");
    assertThat(rule(v).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void resolverMergesUpToTheRepositoryRoot() throws Exception {
    Files.createDirectories(dir.resolve("repo/.git"));
    write("outside/.sievelint.yaml", "format: json\n");
    write(".sievelint.yaml", "format: json\n");
    write(
        "repo/.sievelint.yaml",
        "failOn: error\nignore: [limit-exceeded]\nrules: {vacation-period-too-short: {minSeconds: 5}}\n");
    write(
        "repo/sievelint.yaml",
        "version: 1\nserver: cyrus\nrules: {vacation-period-too-short: {severity: info}}\n");
    write(
        "repo/users/.sievelint.yaml",
        """
        failOn: info
        select: [limit-exceeded, vacation-period-too-short]
        rules: {vacation-period-too-short: {severity: error}}
        """);
    ConfigResolver resolver = new ConfigResolver(loader());
    ConfigValues v = resolver.forFolder(dir.resolve("repo/users/deep"));
    assertThat(v.format()).as("the file above the repository is not read").isNull();
    assertThat(v.failOn()).isEqualTo("info");
    assertThat(v.server()).isEqualTo("cyrus");
    assertThat(v.ignore()).as("a nearer select lifts a farther ignore").isEmpty();
    assertThat(rule(v).severity()).isEqualTo(Severity.ERROR);
    assertThat(rule(v).options()).containsEntry("minSeconds", 5L);
    assertThat(v.sources()).hasSize(3);
    ConfigValues top = resolver.forFolder(dir.resolve("repo"));
    assertThat(top.failOn()).isEqualTo("error");
    assertThat(top.ignore()).containsExactly("limit-exceeded");
    assertThat(rule(top).severity())
        .as(".sievelint.yaml wins over the manifest in the same folder")
        .isEqualTo(Severity.INFO);
  }

  @Test
  void rootTrueStopsTheWalk() throws Exception {
    write(".sievelint.yaml", "format: json\nfailOn: error\n");
    write("sub/.sievelint.yaml", "root: true\nfailOn: info\n");
    ConfigValues v = new ConfigResolver(loader()).forFolder(dir.resolve("sub"));
    assertThat(v.failOn()).isEqualTo("info");
    assertThat(v.format()).isNull();
  }

  @Test
  void optionsAreCheckedByNameAndType() throws Exception {
    Path misspelt = write(".sievelint.yaml", "rules: {vacation-period-too-short: {minSecs: 5}}\n");
    assertThatThrownBy(() -> loader().load(misspelt))
        .hasMessage(
            ".sievelint.yaml:1: rule vacation-period-too-short has no option 'minSecs' (did you"
                + " mean 'minSeconds'?); its options: minSeconds");
    Path wrongType =
        write("bad/.sievelint.yaml", "rules: {forwarding-chain-too-long: {maxHops: many}}\n");
    assertThatThrownBy(() -> loader().load(wrongType))
        .hasMessageContaining(
            "option forwarding-chain-too-long.maxHops must be a whole number, not 'many'");
  }

  private static RuleConfig rule(ConfigValues v) {
    RuleConfig rule = v.rules().get("vacation-period-too-short");
    assertThat(rule).isNotNull();
    return rule == null ? RuleConfig.EMPTY : rule;
  }

  private void assertError(String yaml, String expected) throws IOException {
    Path file = write(".sievelint.yaml", yaml);
    assertThatThrownBy(() -> loader().load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(expected);
  }
}
