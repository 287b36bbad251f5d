package io.github.sievelint.cli;

import java.util.Locale;
import java.util.Map;

/**
 * Whether colour is wanted: {@code --color always|never} decide; {@code auto} honours NO_COLOR (any
 * non-empty value turns colour off, no-color.org), FORCE_COLOR (a non-empty value other than 0
 * turns it on), TERM=dumb, and otherwise colours only a terminal.
 */
final class Terminal {

  private Terminal() {}

  static boolean colorWanted(String when, Map<String, String> env, boolean terminal) {
    String choice = when.toLowerCase(Locale.ROOT);
    if (choice.equals("always")) {
      return true;
    }
    if (choice.equals("never")) {
      return false;
    }
    String noColor = env.get("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    String force = env.get("FORCE_COLOR");
    if (force != null && !force.isEmpty() && !force.equals("0")) {
      return true;
    }
    if ("dumb".equals(env.get("TERM"))) {
      return false;
    }
    return terminal;
  }

  /**
   * System.console() answers the question on JDK 17 to 21; from JDK 22 on it is never null, and
   * Console.isTerminal() (absent from the Java 17 API, hence the reflection) tells instead.
   */
  @SuppressWarnings("SystemConsoleNull")
  static boolean stdoutIsTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Object answer = console.getClass().getMethod("isTerminal").invoke(console);
      return Boolean.TRUE.equals(answer);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
