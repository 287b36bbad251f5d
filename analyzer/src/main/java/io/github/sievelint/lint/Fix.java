package io.github.sievelint.lint;

import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a finding can change in its file to go away: a message saying what the change does, how safe
 * it is to apply without reading it ({@link Applicability}), and the text edits, each replacing one
 * span of the finding's file. Edits touch only what they must: the untouched text keeps its
 * comments, indentation, line endings, list style and quoting.
 *
 * <p>Edits of one fix never overlap each other; {@link #apply} takes them in any order.
 */
public record Fix(Applicability applicability, String message, List<Edit> edits) {

  /** How safe a fix is to apply without a person reading it. */
  public enum Applicability {
    /** Keeps the script's meaning for every message: {@code check --fix} applies it. */
    SAFE,
    /**
     * Changes what the script does in a way the finding argues for (adds a guard, a {@code :copy},
     * clamps a period): applied with {@code --unsafe-fixes} only.
     */
    UNSAFE,
    /** Shown in reports and offered in editors, never applied by the command line. */
    DISPLAY;

    /** The lower-case name reports use: {@code safe}, {@code unsafe}, {@code display}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a run that applies fixes up to {@code level} applies fixes of this kind. */
    public boolean within(Applicability level) {
      return this == SAFE ? level != DISPLAY : this == UNSAFE && level == UNSAFE;
    }
  }

  /**
   * One change: the text of {@code span} (an empty span inserts) becomes {@code replacement}. The
   * span's offsets are UTF-16 offsets into the file's decoded text, its lines and columns those of
   * the file before any fix.
   */
  public record Edit(Span span, String replacement) {

    /** Edits in file order (insertions before a replacement at the same offset). */
    public static final Comparator<Edit> ORDER =
        Comparator.<Edit>comparingInt(e -> e.span().start()).thenComparingInt(e -> e.span().end());

    /** Whether this edit and {@code other} touch the same text (or insert at the same place). */
    public boolean overlaps(Edit other) {
      int s1 = span.start();
      int e1 = span.end();
      int s2 = other.span.start();
      int e2 = other.span.end();
      boolean insert1 = s1 == e1;
      boolean insert2 = s2 == e2;
      // An insertion conflicts with one at the same point, or with an edit whose text holds or
      // borders its point: which goes first would be a guess.
      if (insert1 && insert2) {
        return s1 == s2;
      }
      if (insert1) {
        return s2 <= s1 && s1 <= e2;
      }
      if (insert2) {
        return s1 <= s2 && s2 <= e1;
      }
      return s1 < e2 && s2 < e1;
    }
  }

  public Fix {
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("a fix needs at least one edit");
    }
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Edit.ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).span().end() > sorted.get(i).span().start()) {
        throw new IllegalArgumentException("the edits of one fix overlap: " + message);
      }
    }
    edits = List.copyOf(sorted);
  }

  public static Fix safe(String message, List<Edit> edits) {
    return new Fix(Applicability.SAFE, message, edits);
  }

  public static Fix unsafe(String message, List<Edit> edits) {
    return new Fix(Applicability.UNSAFE, message, edits);
  }

  public static Fix display(String message, List<Edit> edits) {
    return new Fix(Applicability.DISPLAY, message, edits);
  }

  /** Whether some edit of this fix overlaps some edit of {@code other}. */
  public boolean overlaps(Fix other) {
    for (Edit a : edits) {
      for (Edit b : other.edits) {
        if (a.overlaps(b)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code text} with {@code edits} made; the edits must not overlap ({@link Edit#overlaps}) and
   * must lie within the text.
   */
  public static String apply(String text, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Edit.ORDER);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (Edit edit : sorted) {
      int start = edit.span().start();
      int end = edit.span().end();
      if (start < at || end > text.length()) {
        throw new IllegalArgumentException("edit " + start + ".." + end + " does not fit the text");
      }
      out.append(text, at, start).append(edit.replacement());
      at = end;
    }
    out.append(text, at, text.length());
    return out.toString();
  }
}
