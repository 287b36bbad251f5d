package io.github.sievelint.cli;

import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.report.RuleDocs;
import io.github.sievelint.rules.BuiltinRules;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sievelint explain RULE-ID}: prints a rule's page. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Print a rule's page: what it flags, why it matters, an example, how to fix it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the page was printed", " 2:unknown rule or usage error"})
final class ExplainCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RULE-ID", description = "The rule, as 'sievelint rules' lists it.")
  String id = "";

  @Override
  public Integer call() {
    RuleRegistry registry = BuiltinRules.registry();
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    Optional<Rule> rule = registry.find(wanted);
    if (rule.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "sievelint: unknown rule '"
                  + id
                  + "'"
                  + registry.didYouMean(wanted)
                  + "; 'sievelint rules' lists them");
      return Main.EXIT_ERROR;
    }
    spec.commandLine().getOut().print(RuleDocs.body(rule.get().info()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
