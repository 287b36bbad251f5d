package io.github.sievelint.ast;

import io.github.sievelint.source.Span;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One command: its lower-cased name, its arguments, and its block when it has one (RFC 5228 section
 * 8.2: {@code command = identifier arguments (";" / block)}).
 */
public record Command(
    String name, Span nameSpan, Arguments arguments, @Nullable Block block, Span span)
    implements Node {

  public Optional<Block> optionalBlock() {
    return Optional.ofNullable(block);
  }

  /** The command without its block: its name, its arguments and tests, and the ';' if any. */
  public Span head() {
    if (block == null) {
      return span;
    }
    Span braces = block.span();
    return new Span(
        span.start(),
        braces.start(),
        span.startLine(),
        span.startColumn(),
        braces.startLine(),
        braces.startColumn());
  }

  /** Whether the command is named {@code name}, which must be lower case. */
  @SuppressWarnings("ReferenceEquality") // a shortcut before the comparison of the text
  public boolean is(String lowerCaseName) {
    // Rules ask this of every command or test, mostly about other names of other lengths.
    return name == lowerCaseName
        || (name.length() == lowerCaseName.length() && name.equals(lowerCaseName));
  }
}
