package io.github.sievelint.flow;

/** One branch a path takes: the line of the {@code if}/{@code elsif}/{@code else} and a label. */
public record Step(int line, String label) {

  /** The step as a message shows it: {@code line 3 (else of `if exists "List-Id"`)}. */
  public String describe() {
    return "line " + line + " (" + label + ")";
  }
}
