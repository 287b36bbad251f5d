package io.github.sievelint.ast;

import io.github.sievelint.source.Span;

/** One test: its lower-cased name and its arguments (which may hold nested tests). */
public record Test(String name, Span nameSpan, Arguments arguments, Span span) implements Node {

  /** Whether the test is named {@code lowerCaseName}. */
  @SuppressWarnings("ReferenceEquality") // a shortcut before the comparison of the text
  public boolean is(String lowerCaseName) {
    // Rules ask this of every command or test, mostly about other names of other lengths.
    return name == lowerCaseName
        || (name.length() == lowerCaseName.length() && name.equals(lowerCaseName));
  }
}
