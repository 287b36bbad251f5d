package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The closing line of human-readable reports: "3 problems (1 error, 2 warnings) in 2 files". */
public final class Summary {

  private Summary() {}

  /**
   * {@code 2 problems (1 error, 1 warning) in 2 files (5 files checked)}; when findings lie in more
   * files than were checked, says where the others come from.
   */
  public static String line(List<Diagnostic> diagnostics, int filesChecked) {
    String files = filesChecked + (filesChecked == 1 ? " file" : " files");
    if (diagnostics.isEmpty()) {
      return "no problems in " + files + " checked";
    }
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    Set<String> paths = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      paths.add(d.path());
      if (d.severity() == Severity.ERROR) {
        errors++;
      } else if (d.severity() == Severity.WARNING) {
        warnings++;
      } else {
        infos++;
      }
    }
    StringBuilder parts = new StringBuilder();
    append(parts, errors, "error");
    append(parts, warnings, "warning");
    append(parts, infos, "info");
    int n = diagnostics.size();
    return n
        + (n == 1 ? " problem (" : " problems (")
        + parts
        + ") in "
        + paths.size()
        + (paths.size() == 1 ? " file" : " files")
        + " ("
        + files
        + " checked"
        // A partial run (one file, a commit's files) also reports the cross-account findings
        // located in other scripts that pass through a checked one.
        + (paths.size() > filesChecked ? "; the others are reached from them across accounts" : "")
        + ")";
  }

  private static void append(StringBuilder parts, int count, String noun) {
    if (count == 0) {
      return;
    }
    if (parts.length() > 0) {
      parts.append(", ");
    }
    parts.append(count).append(' ').append(noun);
    if (count != 1 && !noun.equals("info")) {
      parts.append('s');
    }
  }
}
