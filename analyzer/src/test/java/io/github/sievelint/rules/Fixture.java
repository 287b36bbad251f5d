package io.github.sievelint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A fixture script with the findings it expects, read from inline markers with plain regexes (never
 * with the parser under test).
 *
 * <p>{@code # expect: rule-id} alone on a line covers the next line that is not itself a marker; at
 * the end of a line it covers that line. A column and a quoted message substring may follow: {@code
 * # expect: 5 vacation-missing-days "no :days"}; a severity may follow the rule id: {@code #
 * expect: redirect-unguarded@info}. {@code # fixture: option=rule.key=value}, {@code # fixture:
 * server=NAME} and {@code # fixture: select=rule-a,rule-b} (run only these rules) set options for
 * the whole file.
 */
record Fixture(
    String name, String text, List<Expectation> expectations, Map<String, String> settings) {

  /** One expected finding. */
  record Expectation(
      int line,
      @Nullable Integer column,
      String ruleId,
      @Nullable String level,
      @Nullable String message) {
    boolean matches(int actualLine, int actualColumn, String actualRule, String actualMessage) {
      return line == actualLine
          && ruleId.equals(actualRule)
          && (column == null || column == actualColumn)
          && (message == null || actualMessage.contains(message));
    }

    /** Whether {@code d} is this finding, its severity included when the marker names one. */
    boolean matches(io.github.sievelint.lint.Diagnostic d) {
      return matches(d.span().startLine(), d.span().startColumn(), d.ruleId(), d.message())
          && (level == null || level.equals(d.severity().label()));
    }

    @Override
    public String toString() {
      return line
          + (column == null ? "" : ":" + column)
          + " "
          + ruleId
          + (level == null ? "" : "@" + level)
          + (message == null ? "" : " \"" + message + "\"");
    }
  }

  private static final Pattern MARKER =
      Pattern.compile(
          "#\\s*expect:\\s*(?:(\\d+)\\s+)?([a-z][a-z0-9-]*)(?:@(error|warning|info))?(?:\\s+\"([^\"]*)\")?\\s*$");
  private static final Pattern SETTING = Pattern.compile("^\\s*#\\s*fixture:\\s*(\\w+)=(.*)$");

  static Fixture read(String name, String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Expectation> expectations = new ArrayList<>();
    Map<String, String> settings = new HashMap<>();
    List<Matcher> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNumber = i + 1;
      Matcher setting = SETTING.matcher(line);
      if (setting.matches()) {
        settings.merge(setting.group(1), setting.group(2).trim(), (a, b) -> a + "\n" + b);
        continue;
      }
      Matcher marker = MARKER.matcher(line);
      if (marker.find()) {
        boolean ownLine = line.substring(0, marker.start()).isBlank();
        if (ownLine) {
          pending.add(marker);
          continue;
        }
        expectations.add(expectation(lineNumber, marker));
      }
      for (Matcher waiting : pending) {
        expectations.add(expectation(lineNumber, waiting));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(name + ": an expect marker at the end covers no line");
    }
    return new Fixture(name, text, expectations, settings);
  }

  private static Expectation expectation(int line, Matcher marker) {
    Integer column = marker.group(1) == null ? null : Integer.valueOf(marker.group(1));
    return new Expectation(line, column, marker.group(2), marker.group(3), marker.group(4));
  }
}
