package io.github.sievelint.flow;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Test;
import io.github.sievelint.source.SourceFile;
import java.util.ArrayList;
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

  /**
   * One {@code ${...}} reference: its name in lower case, namespace and offsets in the value, and
   * the text between the braces as written ({@code text}).
   */
  public record Ref(String name, String namespace, int start, int end, String text) {
    public boolean numeric() {
      return Character.isDigit(name.charAt(0));
    }

    public boolean namespaced() {
      return !namespace.isEmpty();
    }
  }

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

  /**
   * The references in {@code value}, in order: {@code ${name}}, {@code ${ns.name}} or {@code ${1}}
   * (RFC 5229 section 3), as the pattern {@code \\$\\{((?:ID\\.)*)(ID|DIGITS)\\}} would find them.
   * Scanned by hand, not with that pattern: the JDK matches a repeated group recursively, one stack
   * frame per {@code ID.}, so a long dotted name in a script would overflow the stack.
   */
  public static List<Ref> refs(String value) {
    List<Ref> out = new ArrayList<>();
    int from = value.indexOf("${");
    while (from >= 0) {
      int end = refEnd(value, from + 2);
      if (end < 0) {
        from = value.indexOf("${", from + 1);
        continue;
      }
      String text = value.substring(from + 2, end - 1);
      int dot = text.lastIndexOf('.');
      out.add(
          new Ref(
              text.substring(dot + 1).toLowerCase(Locale.ROOT),
              dot < 0 ? "" : text.substring(0, dot).toLowerCase(Locale.ROOT),
              from,
              end,
              text));
      from = value.indexOf("${", end);
    }
    return out;
  }

  /** Whether {@code value} holds a reference {@link #refs} would find. */
  public static boolean hasRef(String value) {
    for (int from = value.indexOf("${"); from >= 0; from = value.indexOf("${", from + 1)) {
      if (refEnd(value, from + 2) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the reference whose name starts at {@code i} ends (just after its '}'), or -1 when the
   * text there is not a name: identifiers joined by '.', the last one possibly all digits, then
   * '}'.
   */
  private static int refEnd(String value, int i) {
    while (true) {
      int start = i;
      boolean digits = i < value.length() && isDigit(value.charAt(i));
      if (digits) {
        while (i < value.length() && isDigit(value.charAt(i))) {
          i++;
        }
        // A part of digits only ends the name.
        return i < value.length() && value.charAt(i) == '}' ? i + 1 : -1;
      }
      if (i >= value.length() || !isIdentifierStart(value.charAt(i))) {
        return -1;
      }
      while (i < value.length() && isIdentifierPart(value.charAt(i))) {
        i++;
      }
      if (i >= value.length() || i == start) {
        return -1;
      }
      char next = value.charAt(i);
      if (next == '}') {
        return i + 1;
      }
      if (next != '.') {
        return -1;
      }
      i++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

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
    for (Ref ref : refs(value)) {
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
