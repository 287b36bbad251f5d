package io.github.sievelint.graph;

import java.util.List;

/**
 * One test on a path, or its negation, reduced to what the graph needs: a canonical key (two
 * literals with the same key test the same thing), and what the test says about the message.
 *
 * @param key the test in canonical text form, equal for equal tests
 * @param negated whether the path requires the test to be false
 * @param intrinsic whether the test reads only the message itself (headers, size, body), which
 *     survives a redirect, so the same literal on two edges of a cycle speaks of one message
 * @param facts what the test catches and clears (GUARDS.md)
 * @param recipients the addresses an {@code :is} test on a recipient field compares with
 */
public record Literal(
    String key, boolean negated, boolean intrinsic, int facts, List<String> recipients) {

  /** The test is true for every AUTO message. */
  static final int CATCHES_AUTO = 1;

  /** The test is true only for messages that are not AUTO. */
  static final int CLEARS_AUTO = 2;

  /** The test is true for every message with a null envelope sender. */
  static final int CATCHES_NULLSENDER = 4;

  /** The test is true only for messages with a non-null envelope sender. */
  static final int CLEARS_NULLSENDER = 8;

  /** The test reads a loop marker (X-Loop, Delivered-To, ...) or is {@code duplicate}. */
  static final int LOOP_MARKER = 16;

  public Literal {
    recipients = List.copyOf(recipients);
  }

  /** The same test with the other sign. */
  public Literal negate() {
    return new Literal(key, !negated, intrinsic, facts, recipients);
  }

  boolean has(int fact) {
    return (facts & fact) != 0;
  }

  /** Whether a path holding this literal excludes AUTO mail. */
  public boolean excludesAuto() {
    return negated ? has(CATCHES_AUTO) : has(CLEARS_AUTO);
  }

  /** Whether a path holding this literal excludes mail with a null envelope sender. */
  public boolean excludesNullSender() {
    return negated ? has(CATCHES_NULLSENDER) : has(CLEARS_NULLSENDER);
  }

  /** Whether this literal breaks a loop: a negated loop-marker or {@code duplicate} test. */
  public boolean breaksLoops() {
    return negated && has(LOOP_MARKER);
  }

  /** Whether this literal and {@code other} cannot both hold for one message. */
  public boolean contradicts(Literal other) {
    return negated != other.negated && key.equals(other.key);
  }

  @Override
  public String toString() {
    return negated ? "not " + key : key;
  }
}
