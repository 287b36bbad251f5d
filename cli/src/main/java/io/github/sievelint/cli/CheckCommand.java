package io.github.sievelint.cli;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.Formats;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.ServerProfiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sievelint check}: lints files and folders and writes a report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lint Sieve scripts: files, and folders walked for *.sieve and *.siv.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on was found",
      "1:findings at or above --fail-on",
      "2:usage, configuration or I/O error (a missing file, an unreadable folder)"
    })
final class CheckCommand implements Callable<Integer> {

  /** Largest file read; bigger files get a limit finding without being read whole. */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files and folders to lint (default: .).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Report format: text, concise, json, sarif (default: text).")
  @Nullable String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  @Nullable Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit 1 on findings at or above LEVEL: error, warning, info, never"
              + " (default: warning).")
  String failOn = "warning";

  @Option(names = "--exit-zero", description = "Exit 0 even when there are findings.")
  boolean exitZero;

  @Option(
      names = "--server",
      paramLabel = "PROFILE",
      description = "Server profile: generic, dovecot-2.3, dovecot-2.4, cyrus, stalwart, exim.")
  @Nullable String server;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "Colour the text report: auto, always, never (default: auto).")
  String color = "auto";

  @Option(names = "--debug", description = "Print the stack trace of an internal error.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Severity> failLevel = Optional.empty();
    boolean failNever = failOn.equalsIgnoreCase("never");
    if (!failNever) {
      failLevel = Severity.parse(failOn);
      if (failLevel.isEmpty()) {
        return usage("--fail-on must be error, warning, info or never, not '" + failOn + "'");
      }
    }
    String formatName = format == null ? "text" : format.toLowerCase(Locale.ROOT);
    Path cwd = Paths.get("").toAbsolutePath();
    Optional<ReportWriter> writer = Formats.writer(formatName, useColor(), cwd);
    if (writer.isEmpty()) {
      return usage("unknown format '" + format + "'; choose one of " + Formats.NAMES);
    }
    ServerProfile profile = ServerProfiles.GENERIC;
    if (server != null) {
      Optional<ServerProfile> found = ServerProfiles.byId(server);
      if (found.isEmpty()) {
        return usage(
            "unknown server profile '" + server + "'; choose one of " + ServerProfiles.ids());
      }
      profile = found.get();
    }

    List<Path> roots = paths.isEmpty() ? List.of(Paths.get(".")) : paths;
    ScriptFinder.Found found = new ScriptFinder().find(roots);
    boolean ioError = !found.errors().isEmpty();
    for (String error : found.errors()) {
      err.println("sievelint: " + error);
    }

    Linter linter = new Linter(BuiltinRules.registry(), LintSettings.DEFAULTS.withServer(profile));
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    int checked = 0;
    for (Path file : found.files()) {
      String display = displayPath(cwd, file);
      byte[] bytes;
      try {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
          err.println(
              "sievelint: skipped "
                  + display
                  + ": "
                  + size
                  + " bytes is more than sievelint reads");
          ioError = true;
          continue;
        }
        bytes = Files.readAllBytes(file);
      } catch (IOException | SecurityException e) {
        err.println("sievelint: cannot read " + display + ": " + describe(e));
        ioError = true;
        continue;
      }
      SourceFile source = SourceFile.decode(display, bytes);
      sources.put(display, source);
      diagnostics.addAll(linter.lint(source));
      checked++;
    }

    // Folders that describe a mail system also get the cross-account analysis (MODEL.md).
    RepositoryLinter repositories = new RepositoryLinter(linter.registry(), linter.settings());
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        RepositoryLinter.Result result = repositories.lint(root, f -> displayPath(cwd, f));
        if (result.model().isEmpty()) {
          err.println("sievelint: info: " + RepositoryLinter.howToEnable(displayPath(cwd, root)));
        }
        result.problems().forEach(problem -> err.println("sievelint: " + problem));
        ioError |= !result.problems().isEmpty();
        diagnostics.addAll(result.diagnostics());
        result.sources().forEach(sources::putIfAbsent);
      }
    }

    ReportInput input =
        new ReportInput(diagnostics, sources, linter.registry(), Version.get(), checked);
    if (output != null) {
      Path target = output;
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        writer.get().write(input, out);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      writer.get().write(input, out);
      out.flush();
    }

    if (ioError) {
      return Main.EXIT_ERROR;
    }
    if (exitZero || failLevel.isEmpty()) {
      return 0;
    }
    Severity threshold = failLevel.get();
    return diagnostics.stream().anyMatch(d -> d.severity().atLeast(threshold)) ? 1 : 0;
  }

  private int usage(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("sievelint: " + message);
    return Main.EXIT_ERROR;
  }

  private boolean useColor() {
    return switch (color.toLowerCase(Locale.ROOT)) {
      case "always" -> true;
      case "never" -> false;
      default -> Terminal.colorWanted(System.getenv());
    };
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** Paths inside the working directory are shown relative to it, others absolute; '/' always. */
  static String displayPath(Path cwd, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
