package io.github.sievelint.ast;

import io.github.sievelint.source.Span;
import org.jspecify.annotations.Nullable;

/**
 * A problem found while reading a script: a syntax error or a hit parser limit; {@code help} is a
 * one-line fix when the parser can say one.
 */
public record SyntaxProblem(Kind kind, String message, Span span, @Nullable String help) {

  public SyntaxProblem(Kind kind, String message, Span span) {
    this(kind, message, span, null);
  }

  /** What sort of problem; each kind is reported by its own rule. */
  public enum Kind {
    SYNTAX,
    LIMIT
  }
}
