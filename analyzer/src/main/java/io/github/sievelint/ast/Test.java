package io.github.sievelint.ast;

import io.github.sievelint.source.Span;

/** One test: its lower-cased name and its arguments (which may hold nested tests). */
public record Test(String name, Span nameSpan, Arguments arguments, Span span) implements Node {

  /** Whether the test is named {@code lowerCaseName}. */
  public boolean is(String lowerCaseName) {
    return name.equals(lowerCaseName);
  }
}
