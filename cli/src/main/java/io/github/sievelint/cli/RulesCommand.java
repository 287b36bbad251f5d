package io.github.sievelint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.report.RuleDocs;
import io.github.sievelint.rules.BuiltinRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sievelint rules}: lists every rule with its id, default severity and summary. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "List every rule with its id, default severity, category and summary.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the list was printed", " 2:usage error"})
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json or markdown (default: text).")
  String format = "text";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    RuleRegistry registry = BuiltinRules.registry();
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> text(registry, out);
      case "json" -> json(registry, out);
      case "markdown", "md" -> out.print(RuleDocs.index(registry, false));
      default -> {
        spec.commandLine()
            .getErr()
            .println("sievelint: unknown format '" + format + "'; choose text, json or markdown");
        return Main.EXIT_ERROR;
      }
    }
    out.flush();
    return 0;
  }

  private static void text(RuleRegistry registry, PrintWriter out) {
    int width = registry.infos().stream().mapToInt(i -> i.id().length()).max().orElse(10);
    for (RuleInfo info : registry.infos()) {
      out.printf(
          "%-" + width + "s  %-7s  %s%n",
          info.id(),
          info.defaultSeverity().label(),
          info.summary());
    }
  }

  private static void json(RuleRegistry registry, PrintWriter out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("version", 1);
    ArrayNode rules = root.putArray("rules");
    for (RuleInfo info : registry.infos()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", info.id());
      rule.put("severity", info.defaultSeverity().label());
      rule.put("category", info.category().title());
      rule.put("summary", info.summary());
      rule.put("helpUri", info.helpUri());
    }
    out.println(mapper.writeValueAsString(root));
  }
}
