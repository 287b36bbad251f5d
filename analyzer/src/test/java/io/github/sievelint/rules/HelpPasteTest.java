package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.spec.ServerProfiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The early exit the guard rules suggest is right when pasted as it stands: done the way a user
 * does it (the exit on its own line before the action, the require it names added), the script has
 * no new finding and the action is guarded.
 */
class HelpPasteTest {

  private static final Pattern EXIT = Pattern.compile("exit early before it: (.*)$");
  private static final Pattern GUARD =
      Pattern.compile("guard it, so the commands after it still run for that mail: (.*)$");
  private static final String ADD_ENVELOPE = "add \"envelope\" to the require at the top";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "vacation-unguarded | | require \"vacation\";\\nvacation :days 7 \"away\";",
        "vacation-unguarded | AUTO,LIST,BULK,NULLSENDER,SYSTEM"
            + " | require \"vacation\";\\nvacation :days 7 \"away\";",
        "vacation-unguarded | AUTO,NULLSENDER"
            + " | require [\"vacation\", \"envelope\"];\\nvacation :days 7 \"away\";",
        "redirect-unguarded | | redirect \"archive@example.net\";",
        "reject-unguarded | | require \"reject\";\\nif header :contains \"Subject\" \"x\" {\\n"
            + "  reject \"no\";\\n}",
        "notify-unguarded | | require \"enotify\";\\nnotify \"mailto:ops@example.net\";",
        "vacation-unguarded | | require [\"vacation\", \"fileinto\"];\\n"
            + "vacation :days 7 \"away\";\\nfileinto \"Archive\";",
        "vacation-unguarded | LIST | require [\"vacation\", \"fileinto\"];\\n"
            + "if header :contains \"Subject\" \"x\" {\\n  vacation \"away\";\\n  fileinto \"X\";\\n}",
      })
  void thePastedExitGuardsTheAction(String rule, @Nullable String classes, String escaped) {
    String script = escaped.replace("\\n", "\n") + "\n";
    LintSettings settings = settings(rule, classes);
    Diagnostic finding = only(lint(script, settings), rule);
    String help = java.util.Objects.requireNonNull(finding.help(), "help of " + rule);
    Matcher exit = EXIT.matcher(help);
    Matcher guard = GUARD.matcher(help);
    List<String> lines = new ArrayList<>(Arrays.asList(script.split("\n", -1)));
    int at = finding.span().startLine() - 1;
    String code;
    if (exit.find()) {
      // The early exit is only offered when nothing runs after the action.
      code = exit.group(1);
      lines.add(at, code);
    } else {
      assertThat(guard.find()).as("help %s", help).isTrue();
      code = guard.group(1);
      lines.set(at, code);
    }
    if (help.startsWith(ADD_ENVELOPE)) {
      lines.add(0, "require \"envelope\";");
    }
    String pasted = String.join("\n", lines);

    List<Diagnostic> after = lint(pasted, settings);
    assertThat(after)
        .as("after pasting the help of %s into:%n%s", rule, pasted)
        .filteredOn(d -> d.ruleId().equals(rule) || d.severity() == Severity.ERROR)
        .isEmpty();
    boolean needsEnvelope = code.contains("envelope ");
    boolean hasEnvelope = script.contains("\"envelope\"");
    assertThat(help.startsWith(ADD_ENVELOPE))
        .as("help %s names the envelope require exactly when the script lacks it", help)
        .isEqualTo(needsEnvelope && !hasEnvelope);
  }

  private static LintSettings settings(String rule, @Nullable String classes) {
    Map<String, Map<String, Object>> options =
        classes == null ? Map.of() : Map.of(rule, Map.of("classes", List.of(classes.split(","))));
    return new LintSettings(ServerProfiles.GENERIC, Set.of(), Set.of(), Map.of(), options);
  }

  private static List<Diagnostic> lint(String script, LintSettings settings) {
    return new Linter(BuiltinRules.registry(), settings).lint(SourceFile.of("a.sieve", script));
  }

  private static Diagnostic only(List<Diagnostic> found, String rule) {
    List<Diagnostic> of = found.stream().filter(d -> d.ruleId().equals(rule)).toList();
    assertThat(of).as("findings of %s in %s", rule, found).hasSize(1);
    return of.get(0);
  }
}
