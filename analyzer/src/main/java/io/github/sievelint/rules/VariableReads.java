package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.FlowState;
import io.github.sievelint.flow.Variables;
import io.github.sievelint.lint.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every variable reference read in the reachable part of a script, with the state it is read in:
 * what {@code undefined-variable} and {@code match-variable-unset} look at.
 *
 * @param string the string holding the reference
 * @param ref the reference
 * @param state the flow state where the string is expanded
 * @param command the command whose arguments (or condition) hold the string
 * @param test the test holding the string, or null for a command argument
 */
record VariableReads(
    Argument.StringValue string,
    VariableRefs.Ref ref,
    FlowState state,
    Command command,
    @Nullable Test test) {

  /** Commands whose first positional string names a variable instead of reading one. */
  private static final Set<String> NAMING =
      Set.of("set", "extracttext", "global", "require", "let");

  /** imap4flags commands whose first of two arguments names a variable (RFC 5232 section 3). */
  private static final Set<String> FLAG_COMMANDS = Set.of("setflag", "addflag", "removeflag");

  static List<VariableReads> of(RuleContext context) {
    List<VariableReads> out = new ArrayList<>();
    if (!Variables.enabled(context.script())) {
      return out;
    }
    Flow flow = ScriptFlow.of(context);
    for (Command command : context.commands()) {
      FlowState entry = flow.entry(command);
      if (!entry.reachable()) {
        continue;
      }
      List<Argument> values = command.arguments().values();
      boolean skipFirst =
          NAMING.contains(command.name())
              || (FLAG_COMMANDS.contains(command.name())
                  && values.stream().filter(v -> !(v instanceof Argument.Tag)).count() >= 2);
      boolean skipped = false;
      for (Argument argument : values) {
        if (argument instanceof Argument.Tag) {
          continue;
        }
        if (skipFirst && !skipped) {
          skipped = true;
          if (!command.is("require")) {
            continue;
          }
        }
        if (command.is("require")) {
          continue;
        }
        add(out, argument, entry, command, null);
      }
      for (Test test : Walker.tests(command.arguments())) {
        FlowState state = flow.atTest(test).orElse(entry);
        for (Argument argument : test.arguments().values()) {
          add(out, argument, state, command, test);
        }
      }
    }
    return out;
  }

  private static void add(
      List<VariableReads> out,
      Argument argument,
      FlowState state,
      Command command,
      @Nullable Test test) {
    for (Argument.StringValue string : Argument.strings(argument)) {
      for (VariableRefs.Ref ref : VariableRefs.refs(string.value())) {
        out.add(new VariableReads(string, ref, state, command, test));
      }
    }
  }
}
