package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

/**
 * The hook files at the repository root and the usage guide agree with the command line: {@link
 * PreCommitIT} runs the hooks, this keeps their declarations and the documentation honest.
 */
class HookFilesTest {

  private final Path root = ProjectRoot.get();

  @Test
  void preCommitHooksDeclareBothHooks() throws IOException {
    Object tree =
        new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(Files.readString(root.resolve(".pre-commit-hooks.yaml"), StandardCharsets.UTF_8));
    assertThat(tree).isInstanceOf(List.class);
    List<Map<String, Object>> hooks = new ArrayList<>();
    for (Object hook : (List<?>) tree) {
      hooks.add(ActionFile.map(hook, "a hook"));
    }
    assertThat(hooks)
        .extracting(h -> h.get("id"))
        .containsExactly("sievelint", "sievelint-jar", "sievelint-fix", "sievelint-jar-fix");
    Pattern files = Pattern.compile(ActionFile.text(hooks.get(0), "files"));
    for (Map<String, Object> hook : hooks) {
      assertThat(hook).containsKeys("name", "description", "entry", "language");
      assertThat(hook.get("files")).isEqualTo("\\.(sieve|siv)$");
      // One process sees every staged file, so the repository is analysed once.
      assertThat(hook.get("require_serial")).isEqualTo(true);
    }
    assertThat(files.matcher("users/alice.sieve").find()).isTrue();
    assertThat(files.matcher("users/alice.siv").find()).isTrue();
    assertThat(files.matcher("users/alice.sieve.orig").find()).isFalse();

    Map<String, Object> system = hooks.get(0);
    assertThat(system.get("language")).isEqualTo("system");
    assertThat(system.get("entry")).isEqualTo("sievelint check --changed");

    Map<String, Object> script = hooks.get(1);
    assertThat(script.get("language")).isEqualTo("script");
    Path wrapper = root.resolve(ActionFile.text(script, "entry"));
    assertThat(wrapper).isExecutable();
    String text = Files.readString(wrapper, StandardCharsets.UTF_8);
    assertThat(text).startsWith("#!/bin/sh").contains("/sievelint\" check --changed \"$@\"");
    assertThat(root.resolve("sievelint")).isExecutable();

    // The fixing hooks: the same runs with --fix.
    assertThat(hooks.get(2).get("entry")).isEqualTo("sievelint check --changed --fix");
    assertThat(hooks.get(2).get("language")).isEqualTo("system");
    assertThat(hooks.get(3).get("entry")).isEqualTo(script.get("entry"));
    assertThat(hooks.get(3).get("args")).isEqualTo(List.of("--fix"));
  }

  @Test
  void usageGuideDocumentsEveryCommandAndOption() throws IOException {
    String guide = Files.readString(root.resolve("docs/usage.md"), StandardCharsets.UTF_8);
    CommandLine main =
        Main.commandLine(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Environment.system());
    for (String command : List.of("check", "install-hook")) {
      CommandLine sub = Objects.requireNonNull(main.getSubcommands().get(command));
      assertThat(guide)
          .as("the guide shows sievelint %s", command)
          .contains("sievelint " + command);
      for (CommandLine.Model.OptionSpec option : sub.getCommandSpec().options()) {
        if (option.usageHelp() || option.versionHelp()) {
          continue;
        }
        assertThat(guide)
            .as("docs/usage.md documents %s %s", command, option.longestName())
            .contains("`" + option.longestName());
      }
    }
    assertThat(guide).contains("--report gitlab=").contains("--report junit=");
  }
}
