package io.github.sievelint.ast;

import io.github.sievelint.source.Span;
import java.util.List;

/** A whole script: the top-level commands in source order. */
public record Script(List<Command> commands, Span span) implements Node {
  public Script {
    commands = List.copyOf(commands);
  }
}
