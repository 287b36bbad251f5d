package io.github.sievelint.flow;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One branch a path takes: the line of the {@code if}/{@code elsif}/{@code else} and a label. The
 * label quotes source text and is only read when a message shows the path, so it is made on first
 * use (flow analysis creates a step for every branch of every script).
 */
public final class Step {

  private final int line;
  private final Supplier<String> make;
  private @Nullable String label;

  private Step(int line, @Nullable String label, Supplier<String> make) {
    this.line = line;
    this.label = label;
    this.make = make;
  }

  public Step(int line, String label) {
    this(line, label, () -> label);
  }

  /** A step whose label {@code make} builds when it is first needed. */
  public static Step lazy(int line, Supplier<String> make) {
    return new Step(line, null, make);
  }

  public int line() {
    return line;
  }

  public String label() {
    String known = label;
    if (known == null) {
      known = make.get();
      label = known;
    }
    return known;
  }

  /** The step as a message shows it: {@code line 3 (else of `if exists "List-Id"`)}. */
  public String describe() {
    return "line " + line + " (" + label() + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Step other && line == other.line && label().equals(other.label());
  }

  @Override
  public int hashCode() {
    return 31 * line + label().hashCode();
  }

  @Override
  public String toString() {
    return "Step[line=" + line + ", label=" + label() + "]";
  }
}
