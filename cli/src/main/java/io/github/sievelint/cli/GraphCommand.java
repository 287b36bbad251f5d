package io.github.sievelint.cli;

import io.github.sievelint.graph.GraphWriter;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.run.DisplayPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sievelint graph}: prints the forwarding graph of a config repository. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Print the forwarding graph of a config repository (sievelint.yaml or a known layout),"
            + " with the edges of redirect cycles marked.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the graph was printed",
      "2:usage error, a broken manifest, or the folder describes no mail system"
    })
final class GraphCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PATH",
      description = "The config repository (default: .).")
  Path path = Paths.get(".");

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "dot (Graphviz), mermaid or json (default: dot).")
  String format = "dot";

  @Option(names = "--debug", description = "Print the stack trace of an internal error.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String chosen = format.toLowerCase(Locale.ROOT);
    if (!GraphWriter.FORMATS.contains(chosen)) {
      err.println(
          "sievelint: unknown graph format '" + format + "'; choose one of " + GraphWriter.FORMATS);
      return Main.EXIT_ERROR;
    }
    if (!Files.isDirectory(path)) {
      err.println("sievelint: not a folder: " + path);
      return Main.EXIT_ERROR;
    }
    Path cwd = Paths.get("").toAbsolutePath();
    RepositoryLinter.Result result =
        new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS)
            .lint(path, file -> DisplayPaths.of(cwd, file));
    io.github.sievelint.graph.Analysis analysis = result.analysis();
    if (analysis == null) {
      err.println("sievelint: " + RepositoryLinter.howToEnable(path.toString()));
      return Main.EXIT_ERROR;
    }
    if (!result.problems().isEmpty()) {
      // As in check: a broken manifest stops the run; a graph of what parsed would look complete.
      for (String problem : result.problems()) {
        err.println("sievelint: " + problem);
      }
      return Main.EXIT_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    new GraphWriter(analysis.graph()).write(chosen, out);
    return 0;
  }
}
