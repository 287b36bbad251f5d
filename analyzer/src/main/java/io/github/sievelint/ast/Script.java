package io.github.sievelint.ast;

import io.github.sievelint.source.Span;
import java.util.List;

/**
 * A whole script: the top-level commands in source order, and {@code all} its commands, nested ones
 * included, in source order. The tree never changes, so {@code all} is walked once, when the script
 * is made: a file's rules, suppressions, include check and quiet check all ask for it (the
 * 100,000-account benchmark walked each script about six times without it).
 */
public record Script(List<Command> commands, Span span, List<Command> all) implements Node {

  public Script {
    commands = List.copyOf(commands);
    all = List.copyOf(all);
  }

  /** The script of {@code commands}, with {@link #all} walked from them. */
  public Script(List<Command> commands, Span span) {
    this(commands, span, Walker.commands(commands));
  }
}
