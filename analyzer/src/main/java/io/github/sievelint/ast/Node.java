package io.github.sievelint.ast;

import io.github.sievelint.source.Span;

/** Any node of the syntax tree; every node knows its exact source span. */
public sealed interface Node permits Script, Block, Command, Test, Argument {
  Span span();
}
