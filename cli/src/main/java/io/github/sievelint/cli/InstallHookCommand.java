package io.github.sievelint.cli;

import io.github.sievelint.run.DisplayPaths;
import io.github.sievelint.source.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sievelint install-hook}: writes a plain git pre-commit hook that lints the staged content
 * of each commit in hook mode. Respects {@code core.hooksPath}, leaves a hook it did not write
 * alone unless forced, and rewrites its own.
 */
@Command(
    name = "install-hook",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Write a git pre-commit hook that lints the staged Sieve scripts of every commit.",
      "The hook checks the index out to a temporary folder and runs 'sievelint check --changed'"
          + " there, so it lints what the commit records, with the whole repository as the model"
          + " of the cross-account rules. It goes to the hooks folder git uses (core.hooksPath"
          + " included)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the hook was written, or was already up to date",
      "2:not in a git repository, a hook that sievelint did not write is in the way, or I/O"
          + " error"
    })
final class InstallHookCommand implements Callable<Integer> {

  /** The line that marks a hook as written by sievelint, so it may be rewritten. */
  static final String MARKER = "# sievelint pre-commit hook, written by `sievelint install-hook`";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Environment env;

  InstallHookCommand(Environment env) {
    this.env = env;
  }

  @Option(
      names = {"-f", "--force"},
      description =
          "Replace a pre-commit hook that sievelint did not write; the old one is kept next to"
              + " it as pre-commit.sievelint-backup.")
  boolean force;

  @Option(names = "--print", description = "Print the hook instead of installing it.")
  boolean print;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String hook;
    try {
      hook = hookText();
    } catch (IOException e) {
      err.println("sievelint: cannot read the hook template: " + FileErrors.describe(e));
      return Main.EXIT_ERROR;
    }
    if (print) {
      out.print(hook);
      out.flush();
      return 0;
    }
    Path hooks;
    try {
      hooks = hooksFolder();
    } catch (IOException e) {
      err.println("sievelint: " + e.getMessage());
      return Main.EXIT_ERROR;
    }
    Path file = hooks.resolve("pre-commit");
    String shown = DisplayPaths.of(env.cwd(), file);
    try {
      if (Files.exists(file) || Files.isSymbolicLink(file)) {
        String old = Files.isRegularFile(file) ? readQuietly(file) : "";
        if (old.equals(hook) && Files.isExecutable(file)) {
          out.println("sievelint: the pre-commit hook in " + shown + " is up to date");
          return 0;
        }
        if (!old.contains(MARKER)) {
          if (!force) {
            err.println(
                "sievelint: "
                    + shown
                    + " exists and was not written by sievelint; merge the two by hand, or pass"
                    + " --force to replace it (the old hook is kept as a backup)");
            return Main.EXIT_ERROR;
          }
          Path backup = backupName(file);
          Files.move(file, backup);
          out.println(
              "sievelint: moved the existing hook to " + DisplayPaths.of(env.cwd(), backup));
        }
      }
      Files.createDirectories(hooks);
      Files.writeString(file, hook, StandardCharsets.UTF_8);
      makeExecutable(file);
    } catch (IOException e) {
      err.println("sievelint: cannot write " + shown + ": " + FileErrors.describe(e));
      return Main.EXIT_ERROR;
    }
    out.println("sievelint: installed the pre-commit hook in " + shown);
    return 0;
  }

  /** The hook script, with the Java and the jar of this installation filled in. */
  static String hookText() throws IOException {
    String template;
    try (InputStream in = InstallHookCommand.class.getResourceAsStream("pre-commit-hook.sh")) {
      if (in == null) {
        throw new IOException("pre-commit-hook.sh is missing from the jar");
      }
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path jar = runningJar();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return template
        .replace("@@VERSION@@", Version.get())
        .replace("@@JAR@@", shellQuote(jar == null ? "" : jar.toString()))
        .replace("@@JAVA@@", shellQuote(java.toString()));
  }

  /**
   * The jar this class was loaded from, which the hook runs; {@code null} when running from classes
   * (the hook then looks for {@code sievelint} on PATH).
   */
  static @Nullable Path runningJar() {
    CodeSource source = InstallHookCommand.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    try {
      Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
      return Files.isRegularFile(location) && location.toString().endsWith(".jar")
          ? location
          : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code text} in single quotes for a POSIX shell. */
  static String shellQuote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** The folder git runs hooks from: {@code core.hooksPath}, or {@code hooks} in the git dir. */
  private Path hooksFolder() throws IOException {
    List<String> command = List.of("git", "rev-parse", "--git-path", "hooks");
    ProcessBuilder builder = new ProcessBuilder(command).directory(env.cwd().toFile());
    builder.environment().clear();
    builder.environment().putAll(env.variables());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException("cannot run git: " + e.getMessage(), e);
    }
    process.getOutputStream().close();
    String output;
    String error;
    // git writes a line or two: reading one stream after the other cannot fill a pipe.
    try (InputStream in = process.getInputStream();
        InputStream errors = process.getErrorStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      error = new String(errors.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("git rev-parse did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking git for the hooks folder", e);
    }
    if (process.exitValue() != 0 || output.isEmpty()) {
      String reason = error.lines().findFirst().orElse("git rev-parse --git-path hooks failed");
      throw new IOException("cannot find the git hooks folder: " + reason);
    }
    return env.cwd().resolve(output).normalize();
  }

  private static Path backupName(Path file) {
    Path backup = file.resolveSibling(file.getFileName() + ".sievelint-backup");
    for (int i = 1; Files.exists(backup) || Files.isSymbolicLink(backup); i++) {
      backup = file.resolveSibling(file.getFileName() + ".sievelint-backup." + i);
    }
    return backup;
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // A binary or unreadable hook is foreign: only our marker makes a hook ours.
      return "";
    }
  }

  private static void makeExecutable(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      if (!file.toFile().setExecutable(true, false)) {
        throw new IOException("cannot make " + file + " executable", e);
      }
    }
  }
}
