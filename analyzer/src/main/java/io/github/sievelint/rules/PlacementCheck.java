package io.github.sievelint.rules;

import static io.github.sievelint.rules.Validation.MISPLACED_COMMAND;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.spec.CommandSpec;
import io.github.sievelint.spec.SieveLanguage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a command may stand: require at the top, elsif and else after an if, break and extracttext
 * inside foreverypart, global before the script sets the variable.
 */
final class PlacementCheck {

  private final SieveLanguage language;
  private final Validation.Sink sink;

  /** Variables assigned so far in source order, for the placement of {@code global}. */
  private final Set<String> assigned = new HashSet<>();

  PlacementCheck(SieveLanguage language, Validation.Sink sink) {
    this.language = language;
    this.sink = sink;
  }

  void check(Command command, List<String> loops, boolean inPrologue, @Nullable Command previous) {
    List<CommandSpec> specs = language.commands(command.name());
    if (specs.isEmpty()) {
      return;
    }
    switch (specs.get(0).placement()) {
      case PROLOGUE -> {
        if (!inPrologue) {
          sink.add(
              MISPLACED_COMMAND,
              command.nameSpan(),
              "require must stand at the top of the script, before every other command"
                  + " (RFC 5228 section 3.2); the server rejects the script",
              "move this require to the top of the script");
        }
      }
      case AFTER_IF -> {
        if (previous == null || !(previous.is("if") || previous.is("elsif"))) {
          sink.add(
              MISPLACED_COMMAND,
              command.nameSpan(),
              command.name()
                  + " does not follow an if or elsif in the same block, so it belongs to no"
                  + " condition; the server rejects the script",
              null);
        }
      }
      case IN_FOREVERYPART -> foreverypart(command, loops);
      case ANYWHERE -> {}
    }
    if (command.is("global")) {
      for (Argument.StringValue name : names(command)) {
        if (assigned.contains(name.value().toLowerCase(java.util.Locale.ROOT))) {
          sink.add(
              MISPLACED_COMMAND,
              name.span(),
              "global declares \""
                  + name.value()
                  + "\" after this script already set it as a local variable (RFC 6609 section"
                  + " 3.4.1); the server rejects the script",
              "move the global declaration before the first set of \"" + name.value() + "\"");
        }
      }
    }
    List<Argument> values = command.arguments().values();
    if (command.is("set")
        && values.size() >= 2
        && values.get(values.size() - 2) instanceof Argument.StringValue name) {
      assigned.add(name.value().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static List<Argument.StringValue> names(Command command) {
    List<Argument.StringValue> out = new ArrayList<>();
    for (Argument a : command.arguments().values()) {
      out.addAll(Argument.strings(a));
    }
    return out;
  }

  private void foreverypart(Command command, List<String> loops) {
    if (loops.isEmpty()) {
      sink.add(
          MISPLACED_COMMAND,
          command.nameSpan(),
          command.name()
              + " stands outside every foreverypart loop (RFC 5703 sections 3.2 and 7); the"
              + " server rejects the script",
          null);
      return;
    }
    if (!command.is("break")) {
      return;
    }
    command
        .arguments()
        .tagArgument("name")
        .filter(a -> a instanceof Argument.StringValue)
        .map(a -> (Argument.StringValue) a)
        .filter(name -> !loops.contains(name.value()))
        .ifPresent(
            name ->
                sink.add(
                    MISPLACED_COMMAND,
                    name.span(),
                    "break :name \""
                        + name.value()
                        + "\" names no enclosing foreverypart loop; the server rejects the script",
                    null));
  }
}
