package io.github.sievelint.cli;

import java.util.Map;

/** Whether colour is wanted: NO_COLOR, FORCE_COLOR, TERM=dumb, and a terminal on stdout. */
final class Terminal {

  private Terminal() {}

  static boolean colorWanted(Map<String, String> env) {
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
    return stdoutIsTerminal();
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
