package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.spec.CommandSpec;
import io.github.sievelint.spec.SieveLanguage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
          sink.add(new ValidityProblem.LateRequire(command.nameSpan()));
        }
      }
      case AFTER_IF -> {
        if (previous == null || !(previous.is("if") || previous.is("elsif"))) {
          sink.add(new ValidityProblem.NoIf(command.nameSpan(), command.name()));
        }
      }
      case IN_FOREVERYPART -> foreverypart(command, loops);
      case ANYWHERE -> {}
    }
    if (command.is("global")) {
      for (Argument.StringValue name : names(command)) {
        if (assigned.contains(name.value().toLowerCase(Locale.ROOT))) {
          sink.add(new ValidityProblem.LateGlobal(name.span(), name.value()));
        }
      }
    }
    List<Argument> values = command.arguments().values();
    if (command.is("set")
        && values.size() >= 2
        && values.get(values.size() - 2) instanceof Argument.StringValue name) {
      assigned.add(name.value().toLowerCase(Locale.ROOT));
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
      sink.add(new ValidityProblem.OutsideLoop(command.nameSpan(), command.name()));
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
        .ifPresent(name -> sink.add(new ValidityProblem.UnknownLoop(name.span(), name.value())));
  }
}
