package io.github.sievelint.cli;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.config.RuleConfig;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.Formats;
import io.github.sievelint.run.CheckRun;
import io.github.sievelint.run.EarlyStart;
import io.github.sievelint.run.Layers;
import io.github.sievelint.run.RunOptions;
import io.github.sievelint.spec.Names;
import io.github.sievelint.spec.ServerProfiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** {@code sievelint check}: lints files and folders and writes reports. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Lint Sieve scripts: files, and folders walked for *.sieve and *.siv.",
      "Every option can also be set in .sievelint.yaml; the command line wins."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on was found",
      "1:findings at or above --fail-on",
      "2:usage, configuration or I/O error (a missing file, a bad option or config), or an"
          + " internal error (after the complete report)"
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Environment env;

  CheckCommand(Environment env) {
    this.env = env;
  }

  @Parameters(
      paramLabel = "PATH",
      description = "Files and folders to lint (default: .); '-' reads standard input.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Report format: text, concise, json, sarif, checkstyle, github, gitlab, junit"
              + " (default: text; github when GITHUB_ACTIONS=true).")
  @Nullable String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  @Nullable Path output;

  @Option(
      names = "--report",
      paramLabel = "FORMAT=FILE",
      description = "Also write a report in FORMAT to FILE; repeatable.")
  List<String> reports = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit 1 on findings at or above LEVEL: error, warning, info, never (default:"
              + " warning).")
  @Nullable String failOn;

  @Option(names = "--exit-zero", description = "Exit 0 even when there are findings.")
  boolean exitZero;

  @Option(
      names = "--select",
      paramLabel = "ID",
      split = ",",
      description = "Run only these rules (comma-separated; repeatable).")
  List<String> select = new ArrayList<>();

  @Option(
      names = "--ignore",
      paramLabel = "ID",
      split = ",",
      description = "Do not run these rules (comma-separated; repeatable).")
  List<String> ignore = new ArrayList<>();

  @Option(
      names = "--severity",
      paramLabel = "ID=LEVEL",
      split = ",",
      description = "Report rule ID at LEVEL: error, warning, info or off; repeatable.")
  List<String> severities = new ArrayList<>();

  @Option(
      names = "--option",
      paramLabel = "ID.NAME=VALUE",
      description = "Set an option of a rule, e.g. vacation-period-too-short.minSeconds=3600.")
  List<String> ruleOptions = new ArrayList<>();

  @Option(
      names = "--server",
      paramLabel = "PROFILE",
      description = "Server profile: generic, dovecot-2.3, dovecot-2.4, cyrus, stalwart, exim.")
  @Nullable String server;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Use only this configuration file instead of looking for .sievelint.yaml.")
  @Nullable Path config;

  @Option(names = "--no-config", description = "Read no configuration file.")
  boolean noConfig;

  @Option(
      names = "--show-config",
      description = "Print the effective configuration for the first PATH and exit.")
  boolean showConfig;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Hide the findings recorded in FILE; report its stale entries.")
  @Nullable Path baseline;

  @Option(
      names = "--update-baseline",
      description =
          "Record every current finding in the baseline (default file:"
              + " .sievelint-baseline.json) and exit 0.")
  boolean updateBaseline;

  @Option(
      names = "--fix",
      description =
          "Apply the safe fixes in place (each checked by linting again), then report the findings"
              + " that remain. With '-', the fixed script goes to standard output and the report"
              + " to standard error.")
  boolean fix;

  @Option(
      names = "--unsafe-fixes",
      description =
          "With --fix or --diff: apply the unsafe fixes too (they change behaviour: a guard, a"
              + " :copy, a clamped period).")
  boolean unsafeFixes;

  @Option(
      names = "--diff",
      description =
          "Print a unified diff of what --fix would change and write nothing; exit 1 when there"
              + " is something to change.")
  boolean diff;

  @Option(
      names = "--stdin-filename",
      paramLabel = "NAME",
      description = "The name to report for the script read from standard input ('-').")
  @Nullable String stdinFilename;

  @Option(
      names = "--changed",
      description = {
        "Hook mode: the PATHs are the files a commit changes. They are linted, the cross-account"
            + " rules analyse the whole repository, and only findings located in a PATH or"
            + " related to one are reported."
      })
  boolean changed;

  @Option(
      names = "--repository",
      paramLabel = "DIR",
      description =
          "With --changed: the repository whose model (sievelint.yaml or a known layout) the"
              + " cross-account rules analyse (default: the mail system found above each changed"
              + " file, as for any PATH).")
  @Nullable Path repository;

  @Option(
      names = "--no-model",
      description =
          "Lint every file on its own: load no mail-system model, neither of a PATH nor found"
              + " above one, so the cross-account rules do not run.")
  boolean noModel;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colour the text report: auto, always, never (default: auto; auto honours"
              + " NO_COLOR, FORCE_COLOR and TERM=dumb).")
  @Nullable String color;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print findings only: no summary line, no notes.")
  boolean quiet;

  @Option(names = "--statistics", description = "Print how many findings each rule reported.")
  boolean statistics;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Lint with N threads (default: the number of processors); output is the same.")
  @Nullable Integer jobs;

  @Option(names = "--debug", description = "Print the stack trace of an internal error.")
  boolean debug;

  @Option(
      names = "--allow-empty",
      description = "Exit 0 when the PATHs hold no script (default: exit 2, 'no scripts found').")
  boolean allowEmpty;

  @Override
  public Integer call() throws IOException {
    RuleRegistry registry = env.rules();
    ConfigValues cli;
    try {
      cli = commandLineLayer(registry);
    } catch (UsageException e) {
      return usage(e.text());
    }
    // In hook mode no PATH means no changed file, not the current folder.
    List<Path> given = paths.isEmpty() && !changed ? List.of(Path.of(".")) : paths;
    boolean stdin = given.stream().anyMatch(p -> p.toString().equals("-"));
    if (changed && stdin) {
      return usage("--changed reads the changed files from the repository, not standard input");
    }
    if (repository != null && !changed) {
      return usage("--repository only applies with --changed");
    }
    Path repositoryRoot = null;
    if (repository != null) {
      repositoryRoot = env.cwd().resolve(repository).normalize();
      if (!Files.isDirectory(repositoryRoot)) {
        return usage("--repository " + repository + " is not a folder");
      }
    }
    if (stdin && given.size() > 1) {
      return usage("'-' (standard input) cannot be combined with other paths");
    }
    if (stdinFilename != null && !stdin) {
      return usage("--stdin-filename needs '-' as the path");
    }
    if (noConfig && config != null) {
      return usage("--config and --no-config exclude each other");
    }
    if (unsafeFixes && !fix && !diff) {
      return usage("--unsafe-fixes only applies with --fix or --diff");
    }
    if ((fix || diff) && updateBaseline) {
      return usage("--fix and --diff cannot be combined with --update-baseline");
    }
    // The command line always finds scripts with the default selection, so finding and reading them
    // and loading the models does not wait for the configuration (a large manifest takes a second
    // or more to read).
    ConfigLoader loader = new ConfigLoader(registry, env.cwd());
    EarlyStart early =
        changed || stdin ? null : EarlyStart.start(env.cwd(), given, loader.manifests());
    Layers layers;
    try {
      layers = Layers.open(loader, env.cwd(), noConfig, config, cli);
      Path anchor = given.isEmpty() ? env.cwd() : anchor(given.get(0), stdin);
      ConfigValues run = layers.forFolder(anchor);
      String defaultFormat = "true".equals(env.variable("GITHUB_ACTIONS", "")) ? "github" : "text";
      RunOptions options = RunOptions.of(run, defaultFormat);
      if (showConfig) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(
            ShowConfig.render(
                run,
                env.cwd(),
                options.format(),
                options.failOn(),
                options.color(),
                options.jobs(),
                ShowConfig.ShownServer.of(
                    run.server(),
                    given.isEmpty() || stdin ? null : env.cwd().resolve(given.get(0)),
                    env.cwd())));
        out.flush();
        return 0;
      }
      CheckRun checkRun = new CheckRun(env.cwd(), registry, layers, options, Version.get());
      CheckConsole console =
          new CheckConsole(
              env,
              spec.commandLine().getOut(),
              spec.commandLine().getErr(),
              checkRun,
              updateBaseline,
              debug,
              allowEmpty,
              fix || diff
                  ? new CheckConsole.Fixing(
                      unsafeFixes ? Fix.Applicability.UNSAFE : Fix.Applicability.SAFE, diff)
                  : null);
      if (changed) {
        return console.runChanged(given, repositoryRoot);
      }
      return console.run(
          given, stdin ? (stdinFilename == null ? "-" : stdinFilename) : null, early);
    } catch (ConfigException e) {
      spec.commandLine().getErr().println("sievelint: " + e.getMessage());
      return Main.EXIT_ERROR;
    }
  }

  /** The folder whose configuration sets the run's own options (format, reports, fail-on). */
  private Path anchor(Path first, boolean stdin) {
    if (stdin) {
      Path named = env.cwd().resolve(stdinFilename == null ? "-" : stdinFilename);
      Path parent = named.getParent();
      return parent == null ? env.cwd() : parent;
    }
    Path resolved = env.cwd().resolve(first);
    if (Files.isDirectory(resolved)) {
      return resolved;
    }
    Path parent = resolved.toAbsolutePath().getParent();
    return parent == null ? env.cwd() : parent;
  }

  /** The command line's options as the nearest configuration layer. */
  private ConfigValues commandLineLayer(RuleRegistry registry) throws UsageException {
    String fmt = format == null ? null : lower(format);
    if (fmt != null && !Formats.NAMES.contains(fmt)) {
      throw new UsageException(
          "unknown format '"
              + format
              + "'"
              + Names.didYouMean(fmt, Formats.NAMES)
              + "; choose one of "
              + String.join(", ", Formats.NAMES));
    }
    String fail = failOn == null ? null : lower(failOn);
    if (fail != null && !List.of("error", "warning", "info", "never").contains(fail)) {
      throw new UsageException(
          "--fail-on must be error, warning, info or never, not '" + failOn + "'");
    }
    String when = color == null ? null : lower(color);
    if (when != null && !List.of("auto", "always", "never").contains(when)) {
      throw new UsageException("--color must be auto, always or never, not '" + color + "'");
    }
    String profile = null;
    if (server != null) {
      if (ServerProfiles.byId(server).isEmpty()) {
        throw new UsageException(
            "unknown server profile '"
                + server
                + "'"
                + Names.didYouMean(server, ServerProfiles.ids())
                + "; choose one of "
                + String.join(", ", ServerProfiles.ids()));
      }
      profile = lower(server);
    }
    if (jobs != null && (jobs < 1 || jobs > 256)) {
      throw new UsageException("--jobs must be between 1 and 256");
    }
    Map<String, Path> extra = new LinkedHashMap<>();
    for (String report : reports) {
      int eq = report.indexOf('=');
      String name = eq < 0 ? "" : lower(report.substring(0, eq));
      if (eq < 0 || eq == report.length() - 1) {
        throw new UsageException("--report wants FORMAT=FILE, not '" + report + "'");
      }
      if (!Formats.NAMES.contains(name)) {
        throw new UsageException(
            "unknown report format '"
                + name
                + "'; choose one of "
                + String.join(", ", Formats.NAMES));
      }
      extra.put(name, env.cwd().resolve(report.substring(eq + 1)).normalize());
    }
    Map<String, RuleConfig> rules = new LinkedHashMap<>();
    for (String item : severities) {
      int eq = item.indexOf('=');
      if (eq < 0) {
        throw new UsageException("--severity wants ID=LEVEL, not '" + item + "'");
      }
      String id = ruleId(registry, item.substring(0, eq), "--severity");
      String level = lower(item.substring(eq + 1));
      RuleConfig rule;
      if (level.equals("off")) {
        rule = new RuleConfig(false, null, Map.of());
      } else {
        Severity severity =
            Severity.parse(level)
                .orElseThrow(
                    () ->
                        new UsageException(
                            "--severity level must be error, warning, info or off, not '"
                                + level
                                + "'"));
        rule = new RuleConfig(true, severity, Map.of());
      }
      rules.merge(id, rule, RuleConfig::over);
    }
    for (String item : ruleOptions) {
      int dot = item.indexOf('.');
      int eq = item.indexOf('=');
      if (dot < 1 || eq < dot + 2) {
        throw new UsageException("--option wants ID.NAME=VALUE, not '" + item + "'");
      }
      String id = ruleId(registry, item.substring(0, dot), "--option");
      String name = item.substring(dot + 1, eq).trim();
      Object value = value(item.substring(eq + 1));
      Optional<String> problem = registry.optionProblem(id, name, value);
      if (problem.isPresent()) {
        throw new UsageException("--option: " + problem.get());
      }
      RuleConfig rule = new RuleConfig(null, null, Map.of(name, value));
      rules.merge(id, rule, RuleConfig::over);
    }
    List<String> selected = new ArrayList<>();
    for (String id : select) {
      if (!id.isBlank()) {
        selected.add(ruleId(registry, id, "--select"));
      }
    }
    List<String> ignored = new ArrayList<>();
    for (String id : ignore) {
      if (!id.isBlank()) {
        ignored.add(ruleId(registry, id, "--ignore"));
      }
    }
    return new ConfigValues(
        List.of(),
        false,
        fmt,
        output == null ? null : env.cwd().resolve(output).normalize(),
        extra,
        fail,
        exitZero ? Boolean.TRUE : null,
        profile,
        selected.isEmpty() ? null : selected,
        ignored,
        baseline == null ? null : env.cwd().resolve(baseline).normalize(),
        when,
        quiet ? Boolean.TRUE : null,
        statistics ? Boolean.TRUE : null,
        jobs,
        rules,
        noModel ? Boolean.FALSE : null);
  }

  /** An option value typed as the same text in a configuration file would be. */
  private static Object value(String text) {
    String t = text.trim();
    if (t.matches("[-+]?[0-9]{1,18}")) {
      return Long.parseLong(t);
    }
    if (t.equals("true") || t.equals("false")) {
      return Boolean.parseBoolean(t);
    }
    return text;
  }

  private static String ruleId(RuleRegistry registry, String text, String option)
      throws UsageException {
    String id = lower(text);
    if (!registry.contains(id)) {
      throw new UsageException(registry.unknownRule(id, option));
    }
    return id;
  }

  private static String lower(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }

  private int usage(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("sievelint: " + message);
    err.println("Try 'sievelint check --help'.");
    return Main.EXIT_ERROR;
  }

  /** A bad command-line value; becomes a message and exit code 2. */
  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String text;

    UsageException(String message) {
      super(message);
      this.text = message;
    }

    String text() {
      return text;
    }
  }
}
