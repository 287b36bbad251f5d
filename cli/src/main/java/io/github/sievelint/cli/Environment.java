package io.github.sievelint.cli;

import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.rules.BuiltinRules;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * What a run sees of the world outside its arguments: the working directory, the environment
 * variables, standard input, whether standard output is a terminal, and the rules it checks (the
 * built-in ones; tests add a failing rule to see a failure contained). Tests pass their own.
 */
public record Environment(
    Path cwd,
    Map<String, String> variables,
    InputStream stdin,
    boolean terminal,
    RuleRegistry rules) {

  public Environment {
    cwd = cwd.toAbsolutePath().normalize();
    variables = Map.copyOf(variables);
  }

  /** An environment that checks the built-in rules. */
  public Environment(Path cwd, Map<String, String> variables, InputStream stdin, boolean terminal) {
    this(cwd, variables, stdin, terminal, BuiltinRules.registry());
  }

  /** The process's own working directory, variables, standard input and terminal. */
  public static Environment system() {
    return new Environment(
        Paths.get("").toAbsolutePath(), System.getenv(), System.in, Terminal.stdoutIsTerminal());
  }

  /** A variable's value, or {@code fallback} when it is not set. */
  public String variable(String name, String fallback) {
    return variables.getOrDefault(name, fallback);
  }
}
