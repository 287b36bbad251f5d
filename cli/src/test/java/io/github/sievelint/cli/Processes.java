package io.github.sievelint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs real programs (git, bash, pre-commit, java) for the end-to-end tests, in an environment
 * cleaned of what the developer's shell or CI could leak into them.
 */
final class Processes {

  /** What a program printed and returned. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }

    /** Both streams, for assertions that do not care which one a line went to. */
    String output() {
      return out + err;
    }
  }

  private Processes() {}

  /** Runs {@code command} in {@code cwd} with {@code env} added to a cleaned environment. */
  static Result run(Path cwd, Map<String, String> env, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(k -> k.startsWith("GIT_") || k.startsWith("PRE_COMMIT"));
    for (String leak :
        List.of(
            "SIEVELINT",
            "SIEVELINT_JAVA_OPTS",
            "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS",
            "GITHUB_ACTIONS",
            "NO_COLOR",
            "FORCE_COLOR")) {
      environment.remove(leak);
    }
    environment.put("GIT_CONFIG_NOSYSTEM", "1");
    environment.putAll(env);
    Path out = Files.createTempFile("sievelint-proc", ".out");
    Path err = Files.createTempFile("sievelint-proc", ".err");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      Process process = builder.start();
      try {
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IOException("timed out: " + command);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted: " + command, e);
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
