package io.github.sievelint.source;

/**
 * What a report reads of a script once it is linted: the text of a line (for a snippet) and the
 * text under a span (for a fingerprint). A {@link SourceFile} has all of it; {@link KeptLines} only
 * the lines the findings point at, so that a run over many files does not hold their texts.
 */
public interface SourceText {

  /** The path as shown to users. */
  String path();

  /** The text of a 1-based line, without its line break; empty past the end. */
  String lineText(int line);

  /**
   * The line break ending a 1-based line ({@code "\r\n"}, {@code "\r"} or {@code "\n"}); for a last
   * line without one, or a line not known, {@code "\n"}.
   */
  default String lineBreak(int line) {
    return "\n";
  }

  /** The source text under {@code span}. */
  String slice(Span span);
}
