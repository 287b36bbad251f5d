package io.github.sievelint.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * What a run sees of the world outside its arguments: the working directory, the environment
 * variables, standard input, and whether standard output is a terminal. Tests pass their own.
 */
public record Environment(
    Path cwd, Map<String, String> variables, InputStream stdin, boolean terminal) {

  public Environment {
    cwd = cwd.toAbsolutePath().normalize();
    variables = Map.copyOf(variables);
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
