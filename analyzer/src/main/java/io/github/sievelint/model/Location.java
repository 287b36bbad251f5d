package io.github.sievelint.model;

import io.github.sievelint.source.Span;

/**
 * A place in the repository: a file relative to the repository root (with '/') and a span in it.
 * Model facts keep one so every finding can say where its evidence comes from.
 */
public record Location(String file, Span span) implements Comparable<Location> {

  /** A location at a 1-based line and column with the given length, for files not parsed here. */
  public static Location at(String file, int offset, int line, int column, int length) {
    return new Location(
        file, new Span(offset, offset + length, line, column, line, column + length));
  }

  /** The start of a file, for evidence that belongs to the whole file. */
  public static Location fileStart(String file) {
    return new Location(file, Span.FILE_START);
  }

  /** {@code file:line}, as messages show it. */
  public String shortText() {
    return file + ":" + span.startLine();
  }

  @Override
  public int compareTo(Location other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(span.startLine(), other.span.startLine());
    return byLine != 0 ? byLine : Integer.compare(span.startColumn(), other.span.startColumn());
  }
}
