package io.github.sievelint.graph;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One test on a path, or its negation, reduced to what the graph needs: a canonical key (two
 * literals with the same key test the same thing), and what the test says about the message.
 */
public final class Literal {

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

  private final String key;
  private final boolean negated;
  private final boolean intrinsic;
  private final int facts;
  private final List<String> recipients;

  /**
   * Paths are deduplicated by hashing lists of literals, for every account: the hash is computed
   * once. (This was a record; its generated hashCode was a hot spot of the forwarding walk.)
   */
  private final int hash;

  /** The literal with the other sign, made on first use (a benign race makes at most two). */
  private @Nullable Literal negation;

  /**
   * A literal.
   *
   * @param key the test in canonical text form, equal for equal tests
   * @param negated whether the path requires the test to be false
   * @param intrinsic whether the test reads only the message itself (headers, size, body), which
   *     survives a redirect, so the same literal on two edges of a cycle speaks of one message
   * @param facts what the test catches and clears (GUARDS.md)
   * @param recipients the addresses an {@code :is} test on a recipient field compares with
   */
  public Literal(
      String key, boolean negated, boolean intrinsic, int facts, List<String> recipients) {
    this.key = key;
    this.negated = negated;
    this.intrinsic = intrinsic;
    this.facts = facts;
    this.recipients = List.copyOf(recipients);
    this.hash = Objects.hash(key, negated, intrinsic, facts, this.recipients);
  }

  public String key() {
    return key;
  }

  public boolean negated() {
    return negated;
  }

  public boolean intrinsic() {
    return intrinsic;
  }

  public int facts() {
    return facts;
  }

  public List<String> recipients() {
    return recipients;
  }

  /** The same test with the other sign. */
  public Literal negate() {
    Literal other = negation;
    if (other == null) {
      other = new Literal(key, !negated, intrinsic, facts, recipients);
      other.negation = this;
      negation = other;
    }
    return other;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Literal other
        && hash == other.hash
        && negated == other.negated
        && intrinsic == other.intrinsic
        && facts == other.facts
        && key.equals(other.key)
        && recipients.equals(other.recipients);
  }

  @Override
  public int hashCode() {
    return hash;
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
