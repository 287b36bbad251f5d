package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, observations 4 to 6: bad values stop the run with exit 2 and one line that says what is
 * wrong, and the exit code agrees with what was printed.
 */
class ValidationCliTest {

  private static final String SCRIPT = "require \"vacation\";\nvacation :days 1 \"away\";\n";

  private static final String MANIFEST =
      """
      version: 1
      domains: [example.com]
      accounts:
        alice@example.com:
          script: alice.sieve
      """;

  @TempDir Path dir;

  private Cli.Result check(String... args) throws IOException {
    Files.writeString(dir.resolve("alice.sieve"), SCRIPT);
    return new Cli(dir).run(args);
  }

  /** The run stopped with exit 2 and said {@code message} on stderr. */
  private static void assertStops(Cli.Result run, String message) {
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).as(run.toString()).contains(message);
  }

  @Test
  void optionOfTheWrongTypeOnTheCommandLineStopsTheRun() throws IOException {
    Cli.Result run = check("check", ".", "--option", "vacation-period-too-short.minSeconds=abc");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .as(run.toString())
        .contains("option vacation-period-too-short.minSeconds must be a whole number, not 'abc'");
  }

  @Test
  void unknownOptionOnTheCommandLineSuggestsTheRightName() throws IOException {
    Cli.Result run = check("check", ".", "--option", "vacation-period-too-short.minSecs=5");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains("rule vacation-period-too-short has no option 'minSecs'")
        .contains("(did you mean 'minSeconds'?)");
  }

  @Test
  void unknownOptionInTheConfigFileStopsTheRun() throws IOException {
    Files.writeString(
        dir.resolve(".sievelint.yaml"), "rules: {vacation-period-too-short: {minSecs: 5}}\n");
    Cli.Result run = check("check", ".");
    assertStops(run, "(did you mean 'minSeconds'?)");
  }

  @Test
  void optionOfTheWrongTypeInTheConfigFileStopsTheRun() throws IOException {
    Files.writeString(
        dir.resolve(".sievelint.yaml"),
        "rules: {vacation-unguarded: {strict: maybe, classes: [auto]}}\n");
    Cli.Result run = check("check", ".");
    assertStops(run, "option vacation-unguarded.strict must be true or false");
  }

  @Test
  void unknownClassInAListOptionIsNamed() throws IOException {
    Cli.Result run = check("check", ".", "--option", "vacation-unguarded.classes=auto,lsit");
    assertStops(run, "unknown item 'lsit' (did you mean 'LIST'?)");
  }

  @Test
  void unknownOptionInTheManifestStopsTheRun() throws IOException {
    Files.writeString(
        dir.resolve("sievelint.yaml"),
        MANIFEST + "rules:\n  vacation-period-too-short: {minSecs: 5}\n");
    Cli.Result run = check("check", ".");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains("sievelint.yaml:7: rule vacation-period-too-short has no option 'minSecs'");
  }

  @Test
  void unknownRuleInTheManifestIsNamedWithASuggestion() throws IOException {
    Files.writeString(
        dir.resolve("sievelint.yaml"), MANIFEST + "rules:\n  vacation-unguardd: off\n");
    Cli.Result run = check("check", ".");
    assertStops(run, "unknown rule 'vacation-unguardd' in rules (did you mean");
  }

  @Test
  void unknownRuleInSelectSuggestsTheClosestId() throws IOException {
    Cli.Result run = check("check", ".", "--select", "vacation-unguardd");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("(did you mean 'vacation-unguarded'?)");
  }

  @Test
  void rulePageListsItsOptions() {
    Cli.Result run = new Cli(dir).run("explain", "vacation-period-too-short");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("| Option `minSeconds` | a whole number, default 86400");
  }

  @Test
  void graphOnABrokenManifestExitsTwoAndPrintsNoGraph() throws IOException {
    Files.writeString(dir.resolve("sievelint.yaml"), MANIFEST + "acounts: {}\n");
    Cli.Result run = check("graph", dir.toString());
    assertStops(run, "unknown key 'acounts'");
    assertThat(run.out()).doesNotContain("digraph");
  }

  @Test
  void aMissingPathSaysSoWithoutASummary() {
    Cli.Result run = new Cli(dir).run("check", "nope/");
    assertStops(run, "path not found: nope");
    assertThat(run.out()).doesNotContain("no problems");
  }

  @Test
  void aFolderWithoutScriptsStopsTheRunUnlessAllowed() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Cli.Result run = new Cli(dir).run("check", "empty");
    assertStops(run, "sievelint: no scripts found under empty");
    assertThat(run.out()).isEmpty();
    Cli.Result allowed = new Cli(dir).run("check", "empty", "--allow-empty");
    assertThat(allowed.code()).as(allowed.toString()).isZero();
  }

  @Test
  void updatingTheBaselineSaysWhatItWroteAndNotNoProblems() throws IOException {
    Files.writeString(dir.resolve("bob.sieve"), "require \"fileinto\";\nkeep;\n");
    Cli.Result run = check("check", ".", "--update-baseline");
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("accepted findings to .sievelint-baseline.json (2 files checked)");
    assertThat(run.out()).doesNotContain("no problems");
  }

  @Test
  void aBaselineThatIsNotJsonSaysWhereWithoutTheParsersWords() throws IOException {
    Files.writeString(dir.resolve("bad.json"), "{bad");
    Cli.Result run = check("check", ".", "--baseline", "bad.json");
    assertStops(run, "sievelint: bad.json: not a sievelint baseline: invalid JSON at line 1");
    assertThat(run.err()).doesNotContain("Unexpected character").doesNotContain("code 98");
  }

  @Test
  void aReportThatCannotBeWrittenSaysWhyOnce() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    Cli.Result run = check("check", ".", "--output", "/proc/nope.txt");
    assertStops(run, "sievelint: cannot write the report: /proc/nope.txt: no such file or folder");
  }

  @Test
  void aMisspeltProfileOrFormatSuggestsTheClosest() throws IOException {
    assertStops(
        check("check", ".", "--server", "dovecot-24"),
        "unknown server profile 'dovecot-24' (did you mean 'dovecot-2.4'?)");
    assertStops(
        check("check", ".", "--format", "sarfi"), "unknown format 'sarfi' (did you mean 'sarif'?)");
  }

  @Test
  void anUnknownCommandSuggestsOne() {
    Cli.Result run = new Cli(dir).run("lint", ".");
    assertStops(run, "sievelint: unknown command 'lint' (did you mean 'check'?); commands: ");
    assertThat(run.err()).doesNotContain("Unmatched arguments");
    assertStops(new Cli(dir).run("chek"), "unknown command 'chek' (did you mean 'check'?)");
  }

  @Test
  void explainSuggestsTheClosestRuleId() {
    assertStops(
        new Cli(dir).run("explain", "vacation-unguardd"),
        "unknown rule 'vacation-unguardd' (did you mean 'vacation-unguarded'?)");
  }

  @Test
  void directivesAndTagsSuggestTheClosestName() throws IOException {
    Files.writeString(
        dir.resolve("bob.sieve"),
        """
        require "vacation";
        vacation :dayz 7 "away"; # sievelint: disable=vacation-unguardd
        """);
    Cli.Result run = check("check", ".", "--format", "concise");
    assertThat(run.out())
        .as(run.toString())
        .contains("unknown rule 'vacation-unguardd' (did you mean 'vacation-unguarded'?)")
        .contains("unknown tag ':dayz' for the command 'vacation' (did you mean ':days'?)");
  }

  @Test
  void manifestKeyListsAreSortedAndSuggestTheClosestKey() throws IOException {
    Files.writeString(
        dir.resolve("sievelint.yaml"), MANIFEST + "    scirpt: alice.sieve\nacounts: {}\n");
    Cli.Result run = check("check", ".");
    assertThat(run.code()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "unknown key 'acounts' in the manifest (did you mean 'accounts'?); known keys:"
                + " accounts, aliasFiles, aliases, catchAll, domains, global,"
                + " recipientDelimiter, rules, server, version")
        .contains(
            "unknown key 'scirpt' in account alice@example.com (did you mean 'script'?); known"
                + " keys: aliases, includeDir, responder, script");
  }
}
