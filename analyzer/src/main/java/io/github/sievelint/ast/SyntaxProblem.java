package io.github.sievelint.ast;

import io.github.sievelint.source.Span;

/** A problem found while reading a script: a syntax error or a hit parser limit. */
public record SyntaxProblem(Kind kind, String message, Span span) {

  /** What sort of problem; each kind is reported by its own rule. */
  public enum Kind {
    SYNTAX,
    LIMIT
  }
}
