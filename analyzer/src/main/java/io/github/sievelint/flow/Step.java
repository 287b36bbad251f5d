package io.github.sievelint.flow;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One branch a path takes: the script and line of the {@code if}/{@code elsif}/{@code else} and a
 * label. The label quotes source text and is only read when a message shows the path, so it is made
 * on first use (flow analysis creates a step for every branch of every script).
 */
public final class Step {

  private final String file;
  private final int line;
  private final Supplier<String> make;
  private @Nullable String label;

  private Step(String file, int line, @Nullable String label, Supplier<String> make) {
    this.file = file;
    this.line = line;
    this.label = label;
    this.make = make;
  }

  /** A step on {@code line} of the script at {@code file}. */
  public Step(String file, int line, String label) {
    this(file, line, label, () -> label);
  }

  /** A step whose label {@code make} builds when it is first needed. */
  public static Step lazy(String file, int line, Supplier<String> make) {
    return new Step(file, line, null, make);
  }

  /** The path of the script the step is in. */
  public String file() {
    return file;
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

  /**
   * The step as a message about {@code reported} shows it: {@code line 3 (else of `if exists
   * "List-Id"`)}, with the script's path in front when the step is in another script (a global
   * {@code before} script's test, for a finding in the personal script).
   */
  public String describe(String reported) {
    return file.equals(reported) ? "line " + line + " (" + label() + ")" : describeWithFile();
  }

  /** The step with its script's path in front: {@code global/before.sieve line 6 (...)}. */
  public String describeWithFile() {
    return file + " line " + line + " (" + label() + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Step other
        && line == other.line
        && file.equals(other.file)
        && label().equals(other.label());
  }

  @Override
  public int hashCode() {
    return 31 * (31 * line + file.hashCode()) + label().hashCode();
  }

  @Override
  public String toString() {
    return "Step[file=" + file + ", line=" + line + ", label=" + label() + "]";
  }
}
