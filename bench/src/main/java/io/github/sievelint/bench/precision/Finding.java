package io.github.sievelint.bench.precision;

import io.github.sievelint.lint.Severity;

/** One finding of the CLI's JSON report, its file relative to the corpus. */
record Finding(
    String file, int line, int column, String ruleId, Severity severity, String message) {

  /** What a mark is filed under: a rule on a line of a file, stable while the corpus is. */
  Key key() {
    return new Key(file, line, ruleId);
  }

  /** The key of a mark; several findings of one rule on one line share it. */
  record Key(String file, int line, String rule) implements Comparable<Key> {

    @Override
    public int compareTo(Key other) {
      int c = file.compareTo(other.file);
      if (c == 0) {
        c = Integer.compare(line, other.line);
      }
      return c != 0 ? c : rule.compareTo(other.rule);
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + rule;
    }
  }
}
