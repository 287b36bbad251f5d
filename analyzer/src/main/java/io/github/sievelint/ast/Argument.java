package io.github.sievelint.ast;

import io.github.sievelint.source.Span;
import java.math.BigInteger;
import java.util.List;

/** A plain argument: a tag, a number, a string or a string list (RFC 5228 section 8.2). */
public sealed interface Argument extends Node
    permits Argument.Tag, Argument.NumberValue, Argument.StringValue, Argument.StringList {

  /** A tagged argument such as {@code :days}; {@code name} is lower case and has no colon. */
  record Tag(String name, Span span) implements Argument {}

  /**
   * A number with its quantifier applied (RFC 5228 section 2.4.1: K, M, G are powers of 1024).
   * {@code raw} is the source text.
   */
  record NumberValue(BigInteger value, String raw, Span span) implements Argument {

    /** The value, or {@link Long#MAX_VALUE} when it does not fit in a long. */
    public long longValue() {
      return value.bitLength() < 64 ? value.longValue() : Long.MAX_VALUE;
    }
  }

  /**
   * A string: its decoded value (escapes removed, dot-stuffing undone) and the span of its raw
   * source text, quotes or {@code text:} block included.
   */
  record StringValue(String value, boolean multiLine, Span span) implements Argument {}

  /** A bracketed list of strings. */
  record StringList(List<StringValue> items, Span span) implements Argument {
    public StringList {
      items = List.copyOf(items);
    }
  }

  /** The strings of a string or string-list argument; empty for tags and numbers. */
  static List<StringValue> strings(Argument argument) {
    if (argument instanceof StringValue s) {
      return List.of(s);
    }
    if (argument instanceof StringList list) {
      return list.items();
    }
    return List.of();
  }
}
