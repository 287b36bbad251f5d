package io.github.sievelint.ast;

import io.github.sievelint.source.Span;
import java.util.List;

/** A braced block of commands, including its braces in the span. */
public record Block(List<Command> commands, Span span) implements Node {
  public Block {
    commands = List.copyOf(commands);
  }
}
