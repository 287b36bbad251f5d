package io.github.sievelint.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sievelint completion}: prints a completion script for bash, which zsh loads too through
 * {@code bashcompinit}.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Print a bash/zsh completion script for sievelint.",
      "bash: source <(sievelint completion)",
      "zsh:  autoload -U +X bashcompinit && bashcompinit && source <(sievelint completion)"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the script was printed"})
final class CompletionCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash("sievelint", root));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
