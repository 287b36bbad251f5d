package io.github.sievelint.bench.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pigeonhole sievec's verdict on one corpus script, a row of {@code verdicts.tsv}: its class (ok,
 * invalid, testsuite, unknown-capability, include-missing, crash) and, for an invalid script, the
 * line of its first error (0 when there is none).
 */
record ScriptVerdict(String path, String errorClass, int firstErrorLine, String firstError) {

  /**
   * The classes that are linted: sievec compiled the script or judged it, or could not for lack of
   * an extension or an include target; test-suite scripts and the crash are left out.
   */
  static final List<String> LINTED =
      List.of("ok", "invalid", "unknown-capability", "include-missing");

  private static final Pattern LINE = Pattern.compile("line (\\d+): error:");

  boolean invalid() {
    return errorClass.equals("invalid");
  }

  /** Reads {@code verdicts.tsv}, keyed by path, in file order; the columns are found by name. */
  static Map<String, ScriptVerdict> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(tsv + " is empty");
    }
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    int path = column(header, "path", tsv);
    int errorClass = column(header, "sievec_error_class", tsv);
    int firstError = column(header, "sievec_first_error", tsv);
    Map<String, ScriptVerdict> verdicts = new LinkedHashMap<>();
    for (String row : lines.subList(1, lines.size())) {
      if (row.isBlank()) {
        continue;
      }
      String[] cells = row.split("\t", -1);
      String error = cells.length > firstError ? cells[firstError] : "";
      Matcher m = LINE.matcher(error);
      int line = m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
      String cls = cells.length > errorClass ? cells[errorClass] : "";
      verdicts.put(cells[path], new ScriptVerdict(cells[path], cls, line, error));
    }
    return verdicts;
  }

  private static int column(List<String> header, String name, Path tsv) throws IOException {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IOException(tsv + " has no column " + name);
    }
    return i;
  }
}
