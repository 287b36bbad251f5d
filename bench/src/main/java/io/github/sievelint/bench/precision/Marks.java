package io.github.sievelint.bench.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The reviewers' marks, {@code docs/precision/marks.tsv}: one line per finding read, keyed by file,
 * line and rule, with a verdict and its reason, and never the script's text.
 */
final class Marks {

  /** The header line the file starts with; the columns are tab-separated. */
  static final String HEADER = "file\tline\trule\tverdict\treason";

  /** What a reader concluded about a finding. */
  enum Verdict {
    /** The finding names harm or invalidity that can happen on the profile. */
    TRUE,
    /** The finding is correct but arguable; the rule's page argues for it. */
    DEBATABLE,
    /** The finding is wrong. */
    FALSE;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One line of the file: the verdict on the findings under {@code key}. */
  record Mark(Finding.Key key, Verdict verdict, String reason) {}

  private final Map<Finding.Key, Mark> marks;

  private Marks(Map<Finding.Key, Mark> marks) {
    this.marks = marks;
  }

  Map<Finding.Key, Mark> all() {
    return marks;
  }

  /**
   * Reads the file; a missing file is no marks. A malformed line (not five columns, a line that is
   * not a positive number, an unknown verdict, an empty reason, a key marked twice) is an error
   * that names its line, so a mark is never silently lost.
   */
  static Marks read(Path file) throws IOException {
    Map<Finding.Key, Mark> marks = new TreeMap<>();
    if (!Files.exists(file)) {
      return new Marks(marks);
    }
    List<String> problems = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank() || (i == 0 && text.equals(HEADER))) {
        continue;
      }
      String where = file.getFileName() + ":" + (i + 1) + ": ";
      String[] cells = text.split("\t", -1);
      if (cells.length != 5) {
        problems.add(where + "want 5 tab-separated columns (" + HEADER.replace('\t', ' ') + ")");
        continue;
      }
      int line = positive(cells[1]);
      Verdict verdict = verdict(cells[3].trim());
      if (line < 1) {
        problems.add(where + "line must be a positive number, not '" + cells[1] + "'");
      } else if (verdict == null) {
        problems.add(where + "verdict must be true, debatable or false, not '" + cells[3] + "'");
      } else if (cells[4].isBlank()) {
        problems.add(where + "a mark needs a reason");
      } else {
        Finding.Key key = new Finding.Key(cells[0].trim(), line, cells[2].trim());
        Mark old = marks.put(key, new Mark(key, verdict, cells[4].trim()));
        if (old != null) {
          problems.add(where + key + " is marked twice");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IOException(String.join("\n", problems));
    }
    return new Marks(marks);
  }

  private static int positive(String text) {
    String t = text.trim();
    return t.matches("[0-9]{1,9}") ? Integer.parseInt(t) : 0;
  }

  private static @Nullable Verdict verdict(String text) {
    for (Verdict v : Verdict.values()) {
      if (v.label().equals(text)) {
        return v;
      }
    }
    return null;
  }
}
