package io.github.sievelint.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sievelint} command: dispatches to its subcommands. */
@Command(
    name = "sievelint",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Static analyzer and linter for Sieve mail-filter scripts (RFC 5228).",
    subcommands = {
      CheckCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      CompletionCommand.class,
      GraphCommand.class,
      InstallHookCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on was found",
      "1:findings at or above --fail-on",
      "2:usage, configuration or I/O error (a missing file, a bad option or config), or an"
          + " internal error (after the complete report)"
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit code for usage, configuration and I/O errors. */
  public static final int EXIT_ERROR = 2;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line in this process's environment and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Environment.system());
  }

  /** Runs the command line in {@code env} and returns the exit code; what tests call. */
  public static int run(String[] args, PrintStream out, PrintStream err, Environment env) {
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter =
        new PrintWriter(
            new EscapingWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
    CommandLine line = commandLine(outWriter, errWriter, env);
    try {
      return line.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment env) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == CheckCommand.class) {
              return type.cast(new CheckCommand(env));
            }
            if (type == InstallHookCommand.class) {
              return type.cast(new InstallHookCommand(env));
            }
            return defaults.create(type);
          }
        };
    CommandLine line = new CommandLine(new Main(), factory);
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          boolean debug = false;
          for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            debug |= p.hasMatchedOption("--debug");
          }
          cmd.getErr().println("sievelint: internal error: " + ex);
          if (debug) {
            ex.printStackTrace(cmd.getErr());
          } else {
            cmd.getErr().println("sievelint: run again with --debug for the stack trace");
          }
          return EXIT_ERROR;
        });
    line.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine cmd = ex.getCommandLine();
          String unknown = unknownCommand(ex, cmd);
          if (unknown != null) {
            cmd.getErr().println("sievelint: " + unknown);
            cmd.getErr().println("Try 'sievelint --help'.");
            return EXIT_ERROR;
          }
          cmd.getErr().println("sievelint: " + ex.getMessage());
          cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_ERROR;
        });
    return line;
  }

  /** Words users try for a command that sievelint calls differently. */
  private static final java.util.Map<String, String> SYNONYMS =
      java.util.Map.of("lint", "check", "verify", "check", "scan", "check", "rule", "rules");

  /**
   * "unknown command 'lint' (did you mean 'check'?)" when the first word is no command; picocli's
   * own message ("Unmatched arguments from index 0") speaks of its parser.
   */
  private static @org.jspecify.annotations.Nullable String unknownCommand(
      CommandLine.ParameterException ex, CommandLine cmd) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)
        || cmd.getParent() != null
        || unmatched.getUnmatched().isEmpty()) {
      return null;
    }
    String word = unmatched.getUnmatched().get(0);
    if (word.startsWith("-")) {
      return null;
    }
    java.util.List<String> names = cmd.getSubcommands().keySet().stream().sorted().toList();
    String hint = io.github.sievelint.spec.Names.suggest(word, names);
    if (hint == null) {
      hint = SYNONYMS.get(word.toLowerCase(java.util.Locale.ROOT));
    }
    return "unknown command '"
        + word
        + "'"
        + (hint == null ? "" : " (did you mean '" + hint + "'?)")
        + "; commands: "
        + String.join(", ", names);
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("check")) {
      Preload.start();
    }
    int exit;
    try {
      exit = run(args, System.out, System.err);
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      // Whatever escaped picocli's handlers: one line, not a stack trace.
      System.err.println(
          "sievelint: internal error: "
              + io.github.sievelint.report.ControlChars.escape(e.toString()));
      if (java.util.Arrays.asList(args).contains("--debug")) {
        e.printStackTrace();
      }
      exit = EXIT_ERROR;
    }
    System.exit(exit);
  }
}
