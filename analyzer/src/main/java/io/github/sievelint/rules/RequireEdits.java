package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.source.SourceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The edits that make a script require more capabilities, for every fix that needs one (a missing
 * require, a guard that tests the envelope, a {@code :copy}). The script's first {@code require}
 * gains the names at the end of its list (a single string becomes a list, keeping its quoting);
 * without one, a new {@code require} goes on a line of its own before the first command, so that a
 * comment heading the script stays on top. Names the script already requires are left out.
 */
public final class RequireEdits {

  private RequireEdits() {}

  /**
   * The edits adding {@code capabilities} (lower-case names as written in {@code require}) to
   * {@code script}; empty when it requires them all already.
   */
  public static List<Fix.Edit> adding(
      SourceFile source, Script script, Collection<String> capabilities) {
    Set<String> wanted = new LinkedHashSet<>(capabilities);
    Command first = null;
    for (Command command : script.commands()) {
      if (!command.is("require")) {
        continue;
      }
      for (Argument argument : command.arguments().values()) {
        if (argument instanceof Argument.StringValue value) {
          wanted.remove(value.value());
        } else if (argument instanceof Argument.StringList list) {
          list.items().forEach(item -> wanted.remove(item.value()));
        }
      }
      if (first == null) {
        first = command;
      }
    }
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<String> quoted = new ArrayList<>();
    for (String name : wanted) {
      quoted.add(quote(name));
    }
    String names = String.join(", ", quoted);
    if (first != null && first.arguments().values().size() == 1) {
      Argument argument = first.arguments().values().get(0);
      if (argument instanceof Argument.StringList list && !list.items().isEmpty()) {
        int end = list.items().get(list.items().size() - 1).span().end();
        return List.of(new Fix.Edit(source.span(end, end), ", " + names));
      }
      if (argument instanceof Argument.StringValue value && !value.multiLine()) {
        int start = value.span().start();
        int end = value.span().end();
        return List.of(
            new Fix.Edit(source.span(start, start), "["),
            new Fix.Edit(source.span(end, end), ", " + names + "]"));
      }
    }
    String command =
        "require " + (quoted.size() == 1 ? names : "[" + names + "]") + ";" + lineEnd(source);
    int at =
        script.commands().isEmpty()
            ? source.text().length()
            : source.lineStart(script.commands().get(0).span().startLine());
    if (at == source.text().length() && at > 0 && !endsWithLineEnd(source.text())) {
      command = lineEnd(source) + command;
    }
    return List.of(new Fix.Edit(source.span(at, at), command));
  }

  /** {@code name} as a Sieve quoted string. */
  static String quote(String name) {
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The file's line ending: CRLF when its first line ends so, else LF. */
  public static String lineEnd(SourceFile source) {
    String text = source.text();
    int lf = text.indexOf('\n');
    return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
  }

  private static boolean endsWithLineEnd(String text) {
    return text.endsWith("\n") || text.endsWith("\r");
  }
}
