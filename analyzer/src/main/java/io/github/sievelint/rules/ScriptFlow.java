package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.FlowAnalyzer;
import io.github.sievelint.lint.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The flow analysis of the script being linted, computed once and shared by the flow rules. */
final class ScriptFlow {

  private ScriptFlow() {}

  /** Actions that turn one message into another one and so can take part in a loop. */
  static final Set<String> RESPONDING =
      Set.of("vacation", "redirect", "notify", "reject", "ereject");

  static Flow of(RuleContext context) {
    return context.shared(Flow.class, c -> FlowAnalyzer.analyze(c.source(), c.script()));
  }

  /** The reachable commands named one of {@code names}, in source order. */
  static List<Command> reachable(RuleContext context, Set<String> names) {
    Flow flow = of(context);
    Map<String, List<Command>> byName = context.shared(ByName.class, ByName::of).commands;
    List<Command> out = new ArrayList<>();
    for (String name : names) {
      for (Command command : byName.getOrDefault(name, List.of())) {
        if (flow.reachable(command)) {
          out.add(command);
        }
      }
    }
    if (names.size() > 1) {
      // A walk visits commands in source order: nested ones start after the command they are in.
      out.sort(Comparator.comparingInt(c -> c.span().start()));
    }
    return out;
  }

  /**
   * The script's commands by name, each list in source order: a dozen rules ask for the reachable
   * commands of a few names, and looking through every command each time cost more than the rules.
   */
  private static final class ByName {
    private final Map<String, List<Command>> commands = new HashMap<>();

    static ByName of(RuleContext context) {
      ByName index = new ByName();
      for (Command command : context.commands()) {
        index.commands.computeIfAbsent(command.name(), n -> new ArrayList<>()).add(command);
      }
      return index;
    }
  }

  /** Whether a {@code require} of the script names {@code capability} (case-insensitive). */
  static boolean requires(RuleContext context, String capability) {
    for (Command command : context.script().commands()) {
      if (!command.is("require")) {
        continue;
      }
      for (io.github.sievelint.ast.Argument argument : command.arguments().values()) {
        for (io.github.sievelint.ast.Argument.StringValue s :
            io.github.sievelint.ast.Argument.strings(argument)) {
          if (s.value().equalsIgnoreCase(capability)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The test whose operands include {@code child} (by identity) within {@code owner}, if any. */
  static java.util.Optional<Test> parent(Test child, Command owner) {
    List<Test> tests = Walker.tests(owner.arguments());
    for (Test test : tests) {
      for (Test operand : test.arguments().tests()) {
        if (operand.equals(child)) {
          return java.util.Optional.of(test);
        }
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * A rule option that lists strings: a YAML list, or one string separated by commas or spaces;
   * {@code fallback} when unset.
   */
  static List<String> listOption(
      RuleContext context, String rule, String name, List<String> fallback) {
    Object value = context.settings().option(rule, name).orElse(null);
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        out.add(String.valueOf(item).trim());
      }
    } else if (value != null) {
      java.util.regex.Matcher word =
          java.util.regex.Pattern.compile("[^,\\s]+").matcher(String.valueOf(value));
      while (word.find()) {
        out.add(word.group());
      }
    } else {
      return fallback;
    }
    return out;
  }

  /** A boolean rule option; {@code fallback} when unset. */
  static boolean booleanOption(RuleContext context, String rule, String name, boolean fallback) {
    Object value = context.settings().option(rule, name).orElse(null);
    if (value instanceof Boolean b) {
      return b;
    }
    return value == null
        ? fallback
        : String.valueOf(value).trim().toLowerCase(Locale.ROOT).equals("true");
  }
}
