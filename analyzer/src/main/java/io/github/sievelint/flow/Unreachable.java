package io.github.sievelint.flow;

/** Why no path reaches a point. */
public record Unreachable(Kind kind, int line, String detail) {

  /** The kinds of reasons, from a structural exit to a contradiction between conditions. */
  public enum Kind {
    /** Every path before it ended in {@code stop}, {@code return} or {@code break}. */
    AFTER_EXIT,
    /**
     * Switched off on purpose by a condition written with {@code true} and {@code false} only:
     * inside {@code if false} (Roundcube's way of disabling a rule), or an {@code elsif}/{@code
     * else} after {@code if true}.
     */
    DISABLED,
    /** The condition of the enclosing branch is always false. */
    FALSE_CONDITION,
    /** The condition of the enclosing branch contradicts the conditions before it. */
    CONTRADICTION,
    /**
     * No path of the scripts that run before it keeps the message: in a sequence of scripts the
     * next one runs only while the keep is in effect.
     */
    KEEP_CANCELLED
  }
}
