package io.github.sievelint.spec;

import java.util.function.Supplier;

/**
 * A command or test as messages name it, e.g. {@code command 'redirect'}: made into text only when
 * a message is built, which for most commands and tests of a valid script is never.
 *
 * @param kind {@code command} or {@code test}
 * @param name the command's or test's name
 */
public record Named(String kind, String name) implements Supplier<String> {

  public static Named of(Signature spec) {
    return new Named(spec.kind(), spec.name());
  }

  @Override
  public String get() {
    return kind + " '" + name + "'";
  }

  @Override
  public String toString() {
    return get();
  }
}
