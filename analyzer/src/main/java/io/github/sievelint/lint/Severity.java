package io.github.sievelint.lint;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
  ERROR("error", 3),
  WARNING("warning", 2),
  INFO("info", 1);

  private final String label;
  private final int rank;

  Severity(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  /** The lower-case name used in reports, options and configuration. */
  public String label() {
    return label;
  }

  /** Whether this severity is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return rank >= other.rank;
  }

  /** A number that grows with severity, for sorting most severe first. */
  public int rank() {
    return rank;
  }

  /** Parses {@code error}, {@code warning} or {@code info} (case-insensitive). */
  public static Optional<Severity> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Severity s : values()) {
      if (s.label.equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
