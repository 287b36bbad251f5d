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
    terms = terms.stream().map(List::copyOf).toList();
  }
}
