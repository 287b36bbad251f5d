package io.github.sievelint.ast;

import java.util.List;
import java.util.Optional;

/**
 * The arguments of a command or test (RFC 5228 section 8.2): the plain arguments in source order,
 * then the tests, which come either as one test or as a parenthesised test list.
 */
public record Arguments(List<Argument> values, List<Test> tests, boolean testList) {

  /** No arguments at all. */
  public static final Arguments NONE = new Arguments(List.of(), List.of(), false);

  public Arguments {
    values = List.copyOf(values);
    tests = List.copyOf(tests);
  }

  /** The tag named {@code name} (without colon, lower case), if present. */
  public Optional<Argument.Tag> tag(String name) {
    for (Argument argument : values) {
      if (argument instanceof Argument.Tag tag && tag.name().equals(name)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  public boolean hasTag(String name) {
    return tag(name).isPresent();
  }

  /** The argument right after the tag {@code name}, the tag's own argument, if any. */
  public Optional<Argument> tagArgument(String name) {
    for (int i = 0; i < values.size() - 1; i++) {
      if (values.get(i) instanceof Argument.Tag tag && tag.name().equals(name)) {
        Argument next = values.get(i + 1);
        return next instanceof Argument.Tag ? Optional.empty() : Optional.of(next);
      }
    }
    return Optional.empty();
  }
}
