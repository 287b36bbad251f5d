package io.github.sievelint.flow;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Test;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a test into negation normal form and expands it into disjunctive normal form (GUARDS.md,
 * Paths), stopping at {@link PathSet#CAP} terms.
 */
final class Conditions {

  private Conditions() {}

  /** Makes the literal of one test that is not {@code allof}, {@code anyof}, {@code not}. */
  interface LiteralFactory {
    Literal literal(Test test, boolean positive);
  }

  /** The DNF of {@code test} (or of its negation when {@code positive} is false). */
  static Dnf dnf(Test test, boolean positive, LiteralFactory factory) {
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
      List<Test> operands = test.arguments().tests();
      List<Dnf> parts = new ArrayList<>(operands.size());
      for (int i = 0; i < operands.size(); i++) {
        parts.add(dnf(operands.get(i), positive, factory));
      }
      return conjunction ? product(parts) : union(parts);
    }
    return new Dnf(List.of(List.of(factory.literal(test, positive))), false);
  }

  private static Dnf union(List<Dnf> parts) {
    List<List<Literal>> terms = new ArrayList<>();
    boolean overflow = false;
    for (int i = 0; i < parts.size(); i++) {
      Dnf part = parts.get(i);
      overflow |= part.overflow();
      List<List<Literal>> partTerms = part.terms();
      for (int j = 0; j < partTerms.size(); j++) {
        if (terms.size() >= PathSet.CAP) {
          return new Dnf(terms, true);
        }
        terms.add(partTerms.get(j));
      }
    }
    return new Dnf(terms, overflow);
  }

  private static Dnf product(List<Dnf> parts) {
    List<List<Literal>> terms = List.of(List.of());
    boolean overflow = false;
    for (int p = 0; p < parts.size(); p++) {
      Dnf part = parts.get(p);
      overflow |= part.overflow();
      List<List<Literal>> partTerms = part.terms();
      List<List<Literal>> next = new ArrayList<>();
      outer:
      for (int i = 0; i < terms.size(); i++) {
        List<Literal> left = terms.get(i);
        for (int j = 0; j < partTerms.size(); j++) {
          List<Literal> joined = conjoin(left, partTerms.get(j));
          if (joined == null) {
            continue;
          }
          if (next.size() >= PathSet.CAP) {
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

  /**
   * The union of two conjunctions, or null when one holds the negation of a literal of the other.
   */
  private static @org.jspecify.annotations.Nullable List<Literal> conjoin(
      List<Literal> left, List<Literal> right) {
    List<Literal> out = new ArrayList<>(left);
    for (int i = 0; i < right.size(); i++) {
      Literal literal = right.get(i);
      boolean duplicate = false;
      for (int j = 0; j < left.size(); j++) {
        Literal existing = left.get(j);
        if (existing.key().equals(literal.key())) {
          if (existing.positive() != literal.positive()) {
            return null;
          }
          duplicate = true;
        }
      }
      if (!duplicate) {
        out.add(literal);
      }
    }
    return out;
  }

  /** A structural identity of a test: equal keys mean the same test on the same message. */
  static String key(Test test) {
    StringBuilder out = new StringBuilder();
    appendKey(test, out);
    return out.toString();
  }

  private static void appendKey(Test test, StringBuilder out) {
    out.append(test.name()).append('(');
    List<Argument> values = test.arguments().values();
    for (int i = 0; i < values.size(); i++) {
      Argument argument = values.get(i);
      if (argument instanceof Argument.Tag tag) {
        out.append(':').append(tag.name());
      } else if (argument instanceof Argument.NumberValue number) {
        out.append(number.value());
      } else if (argument instanceof Argument.StringValue string) {
        quote(string, out);
      } else if (argument instanceof Argument.StringList list) {
        out.append('[');
        List<Argument.StringValue> items = list.items();
        for (int j = 0; j < items.size(); j++) {
          quote(items.get(j), out);
          out.append(',');
        }
        out.append(']');
      }
      out.append(' ');
    }
    List<Test> tests = test.arguments().tests();
    for (int i = 0; i < tests.size(); i++) {
      appendKey(tests.get(i), out);
      out.append(',');
    }
    out.append(')');
  }

  private static void quote(Argument.StringValue string, StringBuilder out) {
    String value = string.value();
    out.append('"');
    if (value.indexOf('\\') < 0 && value.indexOf('"') < 0) {
      // Almost every value: nothing to escape.
      out.append(value).append('"');
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }
}
