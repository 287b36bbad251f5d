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
 * Where a command may stand: require at the top, elsif and else after an if, extracttext inside
 * foreverypart, break inside foreverypart or Stalwart's while, continue inside while, global before
 * the script sets the variable.
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

  // The loops a loop command may stand in, as messages name them.
  private static final String FOREVERYPART = "foreverypart loop (RFC 5703 sections 3.2 and 7)";

  private static final String WHILE = "while loop (vnd.stalwart.while)";

  /**
   * Checks {@code command} given the names of the enclosing foreverypart loops, the number of
   * enclosing while loops and the capabilities in effect.
   */
  void check(
      Command command,
      List<String> loops,
      int whiles,
      Set<String> available,
      boolean inPrologue,
      @Nullable Command previous) {
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
      case IN_FOREVERYPART -> foreverypart(command, loops, !loops.isEmpty(), FOREVERYPART);
      case IN_LOOP ->
          // Stalwart's bare break leaves the innermost while or foreverypart (its
          // compiler/grammar/instruction.rs); break :name still names a foreverypart.
          foreverypart(
              command,
              loops,
              !loops.isEmpty() || whiles > 0,
              available.contains("vnd.stalwart.while")
                  ? "foreverypart or while loop (RFC 5703 section 3.2, vnd.stalwart.while)"
                  : FOREVERYPART);
      case IN_WHILE -> {
        if (whiles == 0) {
          sink.add(new ValidityProblem.OutsideLoop(command.nameSpan(), command.name(), WHILE));
        }
      }
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

  private void foreverypart(Command command, List<String> loops, boolean inLoop, String where) {
    if (!inLoop) {
      sink.add(new ValidityProblem.OutsideLoop(command.nameSpan(), command.name(), where));
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
