package io.github.sievelint.flow;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.source.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Variable references (RFC 5229 section 3) and where message data flows through them: the taint
 * that {@code redirect-target-tainted} and {@code notify-method-tainted} look for.
 */
public final class Variables {

  private Variables() {}

  /** Tests whose value never comes from the message being filtered. */
  private static final Set<String> NOT_MESSAGE_DATA =
      Set.of(
          "true",
          "false",
          "currentdate",
          "environment",
          "duplicate",
          "size",
          "spamtest",
          "virustest",
          "metadata",
          "servermetadata",
          "metadataexists",
          "servermetadataexists",
          "mailboxexists",
          "specialuse_exists",
          "ihave",
          "valid_notify_method",
          "notify_method_capability",
          "hasflag",
          "valid_ext_list",
          "extdata",
          "allof",
          "anyof",
          "not");

  /** Whether the script requires "variables", so that {@code ${...}} in strings is expanded. */
  public static boolean enabled(Script script) {
    for (Command command : script.commands()) {
      if (!command.is("require")) {
        continue;
      }
      for (Argument argument : command.arguments().values()) {
        for (Argument.StringValue s : Argument.strings(argument)) {
          if (s.value().equalsIgnoreCase("variables")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Where message data in {@code value} may come from at {@code state}, or null when it holds none.
   */
  public static @Nullable String taint(String value, FlowState state) {
    return describe(value, state, true);
  }

  /** Where the message data in {@code value} comes from, without the reference that carries it. */
  public static @Nullable String origin(String value, FlowState state) {
    return describe(value, state, false);
  }

  private static @Nullable String describe(String value, FlowState state, boolean withRef) {
    for (VariableRefs.Ref ref : VariableRefs.refs(value)) {
      if (ref.numeric()) {
        String origin = matchTaint(state);
        if (origin != null) {
          return withRef ? "${" + ref.name() + "} from " + origin : origin;
        }
      } else if (!ref.namespaced()) {
        String origin = state.tainted().get(ref.name());
        if (origin != null) {
          return withRef ? "${" + ref.name() + "}, set from " + origin : origin;
        }
      }
    }
    return null;
  }

  /**
   * Where the match variables may get message data from: the last successful {@code :matches} or
   * {@code :regex} test on each path, or when a path shows none, any such test run before.
   */
  static @Nullable String matchTaint(FlowState state) {
    boolean everyPathKnows = !state.paths().overflow();
    for (Path path : state.paths().paths()) {
      Literal last = null;
      for (Literal literal : path.literals()) {
        if (literal.positive() && setsMatchVariables(literal.test())) {
          last = literal;
        }
      }
      if (last == null) {
        everyPathKnows = false;
        continue;
      }
      String origin = last.captures();
      if (origin != null) {
        return origin;
      }
    }
    return everyPathKnows ? null : state.matchTaint();
  }

  /** Whether a successful {@code test} sets the match variables (RFC 5229 section 3.2). */
  public static boolean setsMatchVariables(Test test) {
    return test.arguments().hasTag("matches") || test.arguments().hasTag("regex");
  }

  /**
   * The message data a {@code :matches}/{@code :regex} test captures, described for messages, or
   * null when it captures none. Unknown tests count as reading the message.
   */
  static @Nullable String testOrigin(Test test, FlowState state, SourceFile source) {
    if (NOT_MESSAGE_DATA.contains(test.name())) {
      return null;
    }
    String where = "`" + Messages.snippet(source, test) + "` on line " + test.span().startLine();
    if (test.is("string")) {
      for (String value : ArgumentShape.of(test.arguments()).values(0)) {
        String inner = taint(value, state);
        if (inner != null) {
          return where + " (" + inner + ")";
        }
      }
      return null;
    }
    return where;
  }

  /**
   * The state on the branch where {@code condition} is {@code outcome}, with the variables its
   * tests may have assigned there: Pigeonhole's execute test stores its program's output with
   * {@code :output} only when it is true (spec-bosch-sieve-extprograms sections 7 and 8), so the
   * variable is set on every branch where that test may have been true.
   */
  static FlowState assignByTests(Test condition, boolean outcome, FlowState state) {
    return assignByTests(condition, Boolean.valueOf(outcome), state);
  }

  /**
   * {@code forced} is the value the test must have on the branch, or null when it may be either.
   */
  private static FlowState assignByTests(Test test, @Nullable Boolean forced, FlowState state) {
    if (test.is("execute")) {
      ArgumentShape shape = ArgumentShape.of(test.arguments());
      return !Boolean.FALSE.equals(forced) && shape.tagArgument("output").isPresent()
          ? output(shape, state)
          : state;
    }
    // allof is true only when each subtest is, anyof false only when each is (RFC 5228 5.2, 5.3).
    Boolean inner =
        switch (test.name()) {
          case "not" -> forced == null ? null : Boolean.valueOf(!forced);
          case "allof" -> Boolean.TRUE.equals(forced) ? forced : null;
          case "anyof" -> Boolean.FALSE.equals(forced) ? forced : null;
          default -> null;
        };
    FlowState next = state;
    List<Test> subtests = test.arguments().tests();
    for (int i = 0; i < subtests.size(); i++) {
      next = assignByTests(subtests.get(i), inner, next);
    }
    return next;
  }

  /** The state with the variables an execute's {@code :output} names set to the program output. */
  private static FlowState output(ArgumentShape shape, FlowState state) {
    FlowState next = state;
    for (Argument.StringValue name : Argument.strings(shape.tagArgument("output").orElseThrow())) {
      next = next.withVariable(name.value().toLowerCase(Locale.ROOT), "the output of execute");
    }
    return next;
  }

  /**
   * The state after {@code command} when it assigns variables ({@code set}, {@code extracttext},
   * {@code setflag} with a variable, Stalwart's {@code let}, Pigeonhole's {@code execute :output},
   * {@code global}), with where each value's message data comes from; {@code state} otherwise.
   */
  static FlowState assign(
      Command command, ArgumentShape shape, FlowState state, boolean variables) {
    switch (command.name()) {
      case "set" -> {
        List<String> names = shape.lowerValues(0);
        if (!names.isEmpty()) {
          String taint = null;
          if (!shape.has("length")) {
            for (String value : shape.values(1)) {
              taint = taint == null && variables ? Variables.origin(value, state) : taint;
            }
          }
          return state.withVariable(names.get(0), taint);
        }
      }
      case "extracttext" -> {
        List<String> names = shape.lowerValues(0);
        if (!names.isEmpty()) {
          return state.withVariable(
              names.get(0),
              "the message body (extracttext on line " + command.nameSpan().startLine() + ")");
        }
      }
      case "setflag", "addflag", "removeflag" -> {
        // With two arguments the first names the variable that holds the flags (RFC 5232 3).
        List<String> names = shape.lowerValues(0);
        if (shape.positional().size() >= 2 && !names.isEmpty()) {
          return state.withVariable(names.get(0), null);
        }
      }
      case "let" -> {
        // Stalwart's let assigns the value of an expression to a variable.
        List<String> names = shape.lowerValues(0);
        if (!names.isEmpty()) {
          return state.withVariable(names.get(0), null);
        }
      }
      case "execute" -> {
        if (shape.tagArgument("output").isPresent()) {
          return output(shape, state);
        }
      }
      case "global" -> {
        FlowState next = state;
        for (String name : shape.lowerValues(0)) {
          next = next.withVariable(name, null);
        }
        return next;
      }
      default -> {
        // not an assignment
      }
    }
    return state;
  }
}
