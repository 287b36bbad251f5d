package io.github.sievelint.cli;

import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process through {@link Main#run} with a chosen environment. */
final class Cli {

  /** What a run printed and returned. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Path cwd;
  private Map<String, String> variables = Map.of();
  private String stdin = "";
  private boolean terminal;
  private RuleRegistry rules = BuiltinRules.registry();

  Cli(Path cwd) {
    this.cwd = cwd;
  }

  Cli env(Map<String, String> variables) {
    this.variables = variables;
    return this;
  }

  Cli stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** Checks {@code rules} instead of the built-in ones (a failing rule, say). */
  Cli rules(RuleRegistry rules) {
    this.rules = rules;
    return this;
  }

  Cli terminal(boolean terminal) {
    this.terminal = terminal;
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment env =
        new Environment(
            cwd,
            variables,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            terminal,
            rules);
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, o, e, env);
    }
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
