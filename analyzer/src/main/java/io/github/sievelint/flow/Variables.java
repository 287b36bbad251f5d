package io.github.sievelint.flow;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.source.SourceFile;
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
}
