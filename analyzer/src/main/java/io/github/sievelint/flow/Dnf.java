package io.github.sievelint.flow;

import java.util.List;

/**
 * A condition in disjunctive normal form: true when every literal of some term holds. No term means
 * false; one empty term means true.
 */
public record Dnf(List<List<Literal>> terms, boolean overflow) {

  public static final Dnf TRUE = new Dnf(List.of(List.of()), false);
  public static final Dnf FALSE = new Dnf(List.of(), false);

  public Dnf {
    // A loop, not a stream: a condition is built for every branch of every script.
    List<List<Literal>> copy = new java.util.ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      copy.add(List.copyOf(terms.get(i)));
    }
    terms = java.util.Collections.unmodifiableList(copy);
  }
}
