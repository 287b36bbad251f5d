package io.github.sievelint.bench.precision;

import io.github.sievelint.bench.precision.Marks.Verdict;
import io.github.sievelint.bench.precision.Review.Reviewed;
import io.github.sievelint.bench.precision.Review.Source;
import io.github.sievelint.lint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review's figures per rule and severity, as the Markdown table that {@code docs/precision.md}
 * keeps between its {@code precision:begin} and {@code precision:end} comments.
 */
final class PrecisionTable {

  static final String BEGIN = "<!-- precision:begin -->";
  static final String END = "<!-- precision:end -->";

  /** The counts of one row. */
  private static final class Row {
    int findings;
    int read;
    int sievec;
    int debatable;
    int falses;
    int unmarked;

    void add(Reviewed r) {
      findings++;
      if (r.source() == Source.SIEVEC) {
        sievec++;
      } else if (r.verdict() == null) {
        unmarked++;
      } else if (r.verdict() == Verdict.TRUE) {
        read++;
      } else if (r.verdict() == Verdict.DEBATABLE) {
        debatable++;
      } else {
        falses++;
      }
    }

    void add(Row other) {
      findings += other.findings;
      read += other.read;
      sievec += other.sievec;
      debatable += other.debatable;
      falses += other.falses;
      unmarked += other.unmarked;
    }

    int marked() {
      return findings - unmarked;
    }

    String cells() {
      return findings + " | " + read + " | " + sievec + " | " + debatable + " | " + falses + " | "
          + unmarked + " |";
    }
  }

  /** Rows by severity (most severe first), then by rule id. */
  private final Map<Severity, Map<String, Row>> rows =
      new TreeMap<>(Comparator.comparing(Severity::rank).reversed());

  private final int scripts;
  private final int infoSample;
  private final boolean allSievecErrors;

  /**
   * {@code allSievecErrors}: whether the true-by-sievec column counts every line sievec reports an
   * error on, or only each script's first.
   */
  PrecisionTable(List<Reviewed> reviewed, int scripts, int infoSample, boolean allSievecErrors) {
    this.scripts = scripts;
    this.infoSample = infoSample;
    this.allSievecErrors = allSievecErrors;
    for (Reviewed r : reviewed) {
      rows.computeIfAbsent(r.finding().severity(), s -> new TreeMap<>())
          .computeIfAbsent(r.finding().ruleId(), id -> new Row())
          .add(r);
    }
  }

  /** The table and the lines under it; the same text for the same findings and marks. */
  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append(
        "| rule | severity | findings | true | true (sievec) | debatable | false | unmarked |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    Row all = new Row();
    Row serious = new Row();
    for (Map.Entry<Severity, Map<String, Row>> bySeverity : rows.entrySet()) {
      for (Map.Entry<String, Row> rule : bySeverity.getValue().entrySet()) {
        md.append("| ").append(rule.getKey()).append(" | ");
        md.append(bySeverity.getKey().label()).append(" | ").append(rule.getValue().cells());
        md.append('\n');
        all.add(rule.getValue());
        if (bySeverity.getKey().atLeast(Severity.WARNING)) {
          serious.add(rule.getValue());
        }
      }
    }
    md.append("| **total** | | ").append(all.cells()).append("\n\n");
    md.append(scripts).append(" scripts linted, ").append(all.findings).append(" findings, ");
    md.append(serious.findings).append(" of them at warning or error.\n\n");
    md.append(share("All marked findings", all)).append('\n');
    md.append(share("Marked at warning or error", serious)).append('\n');
    md.append("- Infos are read in a sample of ").append(infoSample);
    md.append(" per rule; the other infos stay unmarked.\n");
    md.append("- True (sievec): errors of validity rules on ");
    md.append(
        allSievecErrors ? "a line where sievec reports an error" : "sievec's first error line");
    md.append(
        allSievecErrors ? " (peer-sievec run).\n" : " (verdicts.tsv only; peer-sievec not run).\n");
    return md.toString();
  }

  private static String share(String what, Row row) {
    if (row.marked() == 0) {
      return "- " + what + ": none yet.";
    }
    return String.format(
        Locale.ROOT,
        "- %s: %d, of which %.1f %% true (read or by sievec), %.1f %% debatable, %.1f %% false.",
        what,
        row.marked(),
        100.0 * (row.read + row.sievec) / row.marked(),
        100.0 * row.debatable / row.marked(),
        100.0 * row.falses / row.marked());
  }

  /**
   * Puts the table between the markers of {@code doc}; writes the file only when that changes it.
   * Returns whether it did.
   */
  boolean update(Path doc) throws IOException {
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IOException(doc + " has no " + BEGIN + " ... " + END + " to put the table in");
    }
    String updated =
        text.substring(0, begin + BEGIN.length())
            + "\n\n"
            + markdown()
            + "\n"
            + text.substring(end);
    if (updated.equals(text)) {
      return false;
    }
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
    return true;
  }
}
