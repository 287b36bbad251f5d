package io.github.sievelint.condition;

import java.util.List;

/**
 * A condition in disjunctive normal form: true when every literal of some term holds. No term means
 * false; one empty term means true. {@code overflow} says that the expansion stopped at {@link
 * #CAP} terms: the terms kept are real, but no verdict may rely on the list being complete.
 */
public record Dnf(List<List<Literal>> terms, boolean overflow) {

  /**
   * Most terms one condition expands to, and most paths kept at one point of a script: the one cap
   * of the analysis. Past it an action counts as unguarded, and a message says why.
   */
  public static final int CAP = 256;

  public static final Dnf TRUE = new Dnf(List.of(List.of()), false);
  public static final Dnf FALSE = new Dnf(List.of(), false);

  public Dnf {
    terms = terms.stream().map(List::copyOf).toList();
  }

  /** Whether the condition always holds: one empty term, nothing dropped. */
  public boolean alwaysTrue() {
    return !overflow && terms.size() == 1 && terms.get(0).isEmpty();
  }

  /**
   * The conjunction of {@code left} and {@code right} with repeated literals kept once, or null
   * when one holds the negation of a literal of the other (no message takes that term).
   */
  public static @org.jspecify.annotations.Nullable List<Literal> conjoin(
      List<Literal> left, List<Literal> right) {
    if (right.isEmpty()) {
      return left;
    }
    List<Literal> out = new java.util.ArrayList<>(left);
    for (Literal literal : right) {
      boolean present = false;
      for (Literal have : left) {
        if (have.contradicts(literal)) {
          return null;
        }
        present |= have.equals(literal);
      }
      if (!present) {
        out.add(literal);
      }
    }
    return out;
  }
}
