package io.github.sievelint.condition;

import io.github.sievelint.ast.Test;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a test into negation normal form and expands it into disjunctive normal form (see
 * docs/guards.md), stopping at {@link Dnf#CAP} terms.
 */
public final class Conditions {

  private Conditions() {}

  /** Makes the literal of one test that is not {@code allof}, {@code anyof}, {@code not}. */
  public interface LiteralFactory {
    Literal literal(Test test, boolean positive);
  }

  /** The DNF of {@code test} (or of its negation when {@code positive} is false). */
  public static Dnf dnf(Test test, boolean positive, LiteralFactory factory) {
    if (test.is("not") && test.arguments().tests().size() == 1) {
      return dnf(test.arguments().tests().get(0), !positive, factory);
    }
    if (test.is("true") && test.arguments().values().isEmpty()) {
      return positive ? Dnf.TRUE : Dnf.FALSE;
    }
    if (test.is("false") && test.arguments().values().isEmpty()) {
      return positive ? Dnf.FALSE : Dnf.TRUE;
    }
    boolean allof = test.is("allof");
    boolean anyof = test.is("anyof");
    if (allof || anyof) {
      // allof is a conjunction, anyof a disjunction; negation swaps them (De Morgan).
      boolean conjunction = allof == positive;
      List<Dnf> parts = new ArrayList<>();
      for (Test operand : test.arguments().tests()) {
        parts.add(dnf(operand, positive, factory));
      }
      return conjunction ? product(parts) : union(parts);
    }
    return new Dnf(List.of(List.of(factory.literal(test, positive))), false);
  }

  private static Dnf union(List<Dnf> parts) {
    List<List<Literal>> terms = new ArrayList<>();
    boolean overflow = false;
    for (Dnf part : parts) {
      overflow |= part.overflow();
      for (List<Literal> term : part.terms()) {
        if (terms.size() >= Dnf.CAP) {
          return new Dnf(terms, true);
        }
        terms.add(term);
      }
    }
    return new Dnf(terms, overflow);
  }

  private static Dnf product(List<Dnf> parts) {
    List<List<Literal>> terms = List.of(List.of());
    boolean overflow = false;
    for (Dnf part : parts) {
      overflow |= part.overflow();
      List<List<Literal>> next = new ArrayList<>();
      outer:
      for (List<Literal> left : terms) {
        for (List<Literal> right : part.terms()) {
          List<Literal> joined = Dnf.conjoin(left, right);
          if (joined == null) {
            continue;
          }
          if (next.size() >= Dnf.CAP) {
            overflow = true;
            break outer;
          }
          next.add(joined);
        }
      }
      terms = next;
    }
    return new Dnf(terms, overflow);
  }
}
