package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the lint step of {@code action.yml} as the runner would: its {@code env:} expanded from the
 * inputs, its script given to {@code bash -e -o pipefail}, in a workspace of scripts, with the jar
 * that {@code package} built standing in for the action's build step.
 */
class GithubActionIT {

  private final ActionFile action = ActionFile.load();
  private Path workspace = Path.of("");

  @BeforeEach
  void setUp(@TempDir Path tmp) throws IOException {
    workspace = tmp.resolve("workspace");
    write("users/alice.sieve", CheckCommandTest.UNUSED_REQUIRE);
    write("users/bob.sieve", "require \"vacation\";\nvacation :days 7 \"away\";\n");
    Files.createDirectories(workspace.resolve(".git"));
    // Pins the rules, so that rules added later do not change the exit codes asserted here.
    write(".sievelint.yaml", "select: [syntax-error, unused-require]\n");
  }

  @Test
  void lintStepAnnotatesWritesSarifAndSetsTheOutput() throws IOException {
    Step step = lintStep(Map.of());
    assertThat(step.result().code()).as(step.result().toString()).isEqualTo(1);
    assertThat(step.result().out())
        .contains("::warning file=users/alice.sieve,line=1,")
        .doesNotContain("bob.sieve");
    JsonNode sarif = new ObjectMapper().readTree(workspace.resolve("sievelint.sarif").toFile());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("runs").get(0).path("results").get(0).path("ruleId").asText())
        .isEqualTo("unused-require");
    assertThat(Files.readString(step.githubOutput())).isEqualTo("sarif-file=sievelint.sarif\n");
  }

  @Test
  void inputsReachTheCommandLine() throws IOException {
    Step step =
        lintStep(
            Map.of(
                "paths", "users/bob.sieve",
                "server", "dovecot-2.4",
                "fail-on", "error",
                "sarif-file", "reports/out.sarif"));
    assertThat(step.result().code()).as(step.result().toString()).isZero();
    assertThat(workspace.resolve("reports/out.sarif")).exists();
    assertThat(Files.readString(step.githubOutput())).contains("sarif-file=reports/out.sarif");

    Step bad = lintStep(Map.of("server", "exchange"));
    assertThat(bad.result().code()).isEqualTo(2);
    assertThat(bad.result().err()).contains("unknown server profile 'exchange'");
  }

  @Test
  void inputsAreNotShellCode() throws IOException {
    Step step = lintStep(Map.of("paths", "users $(touch pwned) `touch pwned2`; touch pwned3"));
    assertThat(workspace.resolve("pwned")).doesNotExist();
    assertThat(workspace.resolve("pwned2")).doesNotExist();
    assertThat(workspace.resolve("pwned3")).doesNotExist();
    assertThat(step.result().err()).contains("path not found: $(touch");
  }

  record Step(Processes.Result result, Path githubOutput) {}

  private Step lintStep(Map<String, String> given) throws IOException {
    Map<String, String> inputs = new HashMap<>();
    action
        .inputs()
        .forEach((name, input) -> inputs.put(name, String.valueOf(input.get("default"))));
    inputs.putAll(given);
    Map<String, Object> step = action.step("lint");
    Map<String, String> env = new HashMap<>();
    ActionFile.env(step).forEach((k, v) -> env.put(k, expand(v, inputs)));
    Path output = Files.createTempFile(workspace.getParent(), "github-output", ".txt");
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_ACTIONS", "true");
    // setup-java puts its Java first on PATH.
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    Path script = Files.createTempFile(workspace.getParent(), "step", ".sh");
    Files.writeString(script, String.valueOf(step.get("run")), StandardCharsets.UTF_8);
    // The runner's command line for `shell: bash`.
    Processes.Result result =
        Processes.run(
            workspace,
            env,
            List.of("bash", "--noprofile", "--norc", "-e", "-o", "pipefail", script.toString()));
    return new Step(result, output);
  }

  /** Expands the two expressions the action's env uses: inputs and the action's own path. */
  private static String expand(String value, Map<String, String> inputs) {
    Matcher m = ActionFile.EXPRESSION.matcher(value);
    StringBuilder expanded = new StringBuilder();
    while (m.find()) {
      String body = m.group(1);
      String replacement;
      if (body.equals("github.action_path")) {
        replacement = ProjectRoot.get().toString();
      } else {
        String input = body.startsWith("inputs.") ? inputs.get(body.substring(7)) : null;
        if (input == null) {
          throw new AssertionError("the test does not know the expression " + body);
        }
        replacement = input;
      }
      m.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(expanded);
    return expanded.toString();
  }

  private void write(String name, String text) throws IOException {
    Path file = workspace.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
