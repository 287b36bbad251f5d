package io.github.sievelint.source;

/**
 * A range of a source file: UTF-16 offsets (end exclusive) and 1-based lines and columns, with
 * {@code endColumn} exclusive so that a one-character span has {@code endColumn == startColumn +
 * 1}.
 */
public record Span(int start, int end, int startLine, int startColumn, int endLine, int endColumn) {

  /** The span of nothing at the start of a file, for findings that belong to the whole file. */
  public static final Span FILE_START = new Span(0, 0, 1, 1, 1, 1);

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span offsets " + start + ".." + end);
    }
  }

  /** The smallest span that covers this one and {@code other}. */
  public Span union(Span other) {
    Span first = other.start < start ? other : this;
    Span last = other.end > end ? other : this;
    return new Span(
        first.start, last.end, first.startLine, first.startColumn, last.endLine, last.endColumn);
  }

  public int length() {
    return end - start;
  }
}
