package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away git repository for end-to-end tests, run with the real {@code git} in an environment
 * of its own: its own HOME (no global configuration, no global core.hooksPath) and fixed names.
 */
final class Git {

  private final Path dir;
  private final Map<String, String> env;

  private Git(Path dir, Path home) {
    this.dir = dir;
    Map<String, String> e = new HashMap<>();
    e.put("HOME", home.toString());
    e.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    e.put("GIT_AUTHOR_NAME", "Test");
    e.put("GIT_AUTHOR_EMAIL", "test@example.com");
    e.put("GIT_COMMITTER_NAME", "Test");
    e.put("GIT_COMMITTER_EMAIL", "test@example.com");
    e.put("LC_ALL", "C");
    this.env = e;
  }

  /** Skips the calling test when git is not installed. */
  static void assumeInstalled() {
    boolean found;
    try {
      found =
          Processes.run(Path.of("").toAbsolutePath(), Map.of(), List.of("git", "--version")).code()
              == 0;
    } catch (IOException e) {
      found = false;
    }
    Assumptions.assumeTrue(found, "git is not installed: the hook tests need it");
  }

  /** A new repository in {@code dir} with {@code home} as the HOME of every command. */
  static Git init(Path dir, Path home) throws IOException {
    assumeInstalled();
    Files.createDirectories(dir);
    Files.createDirectories(home);
    Git git = new Git(dir, home);
    git.ok("init", "-q", "-b", "main");
    return git;
  }

  Path dir() {
    return dir;
  }

  /** The environment the repository's commands run with; add to it with {@link #put}. */
  Map<String, String> env() {
    return Map.copyOf(env);
  }

  Git put(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs {@code git ARGS} in the repository. */
  Processes.Result run(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    return Processes.run(dir, env, command);
  }

  /** Runs {@code git ARGS} and fails the test unless it succeeds. */
  Processes.Result ok(String... args) throws IOException {
    Processes.Result result = run(args);
    assertThat(result.code()).as("git %s\n%s", String.join(" ", args), result).isZero();
    return result;
  }

  /** Runs any program in the repository with its environment. */
  Processes.Result exec(List<String> command) throws IOException {
    return Processes.run(dir, env, command);
  }

  /** Writes a file of the working tree. */
  /** How many commits HEAD has. */
  int commits() throws IOException {
    return Integer.parseInt(ok("rev-list", "--count", "HEAD").out().trim());
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
