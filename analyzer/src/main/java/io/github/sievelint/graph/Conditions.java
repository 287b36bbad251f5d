package io.github.sievelint.graph;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Test;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns Sieve tests into literals and conditions in disjunctive normal form: a list of
 * conjunctions, each a list of literals. {@code true} is one empty conjunction, {@code false} no
 * conjunction. GUARDS.md says which tests catch or clear which class.
 */
final class Conditions {

  /** The most conjunctions one condition may expand to before the analysis gives up. */
  static final int CAP = 256;

  static final List<List<Literal>> TRUE = List.of(List.of());
  static final List<List<Literal>> FALSE = List.of();

  private static final Set<String> INTRINSIC =
      Set.of("header", "exists", "address", "size", "body", "date", "hasmime", "mime");
  private static final Set<String> LOOP_HEADERS =
      Set.of("x-loop", "delivered-to", "x-sieve-redirected-from", "x-original-to", "resent-to");
  private static final Set<String> RECIPIENT_FIELDS =
      Set.of("to", "cc", "delivered-to", "x-original-to", "envelope-to", "x-delivered-to");

  /** Literals are shared between accounts: equal tests give one instance. */
  private final ConcurrentHashMap<String, Literal> interned = new ConcurrentHashMap<>();

  /**
   * The condition under which {@code test} is true ({@code negated}: false), in DNF; null when it
   * expands past {@link #CAP}. The literals of its tests come from {@code known}, by identity, and
   * new ones go there: a walk asks about each condition twice (true, then false).
   */
  @Nullable List<List<Literal>> dnf(
      Test test, boolean negated, IdentityHashMap<Test, Literal> known) {
    String name = test.name();
    List<Test> inner = test.arguments().tests();
    if (name.equals("true") || name.equals("false")) {
      return name.equals("true") != negated ? TRUE : FALSE;
    }
    if (name.equals("not")) {
      return inner.size() == 1 ? dnf(inner.get(0), !negated, known) : TRUE;
    }
    if (!name.equals("allof") && !name.equals("anyof")) {
      Literal literal = known.get(test);
      if (literal == null) {
        literal = literal(test);
        known.put(test, literal);
      }
      return List.of(List.of(negated ? literal.negate() : literal));
    }
    boolean conjunction = name.equals("allof") != negated;
    if (conjunction) {
      List<List<Literal>> out = TRUE;
      for (int i = 0; i < inner.size(); i++) {
        List<List<Literal>> part = dnf(inner.get(i), negated, known);
        List<List<Literal>> joined = part == null ? null : and(out, part);
        if (joined == null) {
          return null;
        }
        out = joined;
      }
      return out;
    }
    List<List<Literal>> out = new ArrayList<>();
    for (int i = 0; i < inner.size(); i++) {
      List<List<Literal>> part = dnf(inner.get(i), negated, known);
      if (part == null) {
        return null;
      }
      out.addAll(part);
      if (out.size() > CAP) {
        return null;
      }
    }
    return out;
  }

  /**
   * The conjunction of two conditions with contradictory conjunctions dropped; null when it would
   * hold more than {@link #CAP} conjunctions.
   */
  static @Nullable List<List<Literal>> and(List<List<Literal>> a, List<List<Literal>> b) {
    if (b == TRUE) {
      return a;
    }
    List<List<Literal>> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      List<Literal> left = a.get(i);
      for (int j = 0; j < b.size(); j++) {
        List<Literal> joined = join(left, b.get(j));
        if (joined != null) {
          out.add(joined);
          if (out.size() > CAP) {
            return null;
          }
        }
      }
    }
    return out;
  }

  /** Two conjunctions joined, or null when they contradict each other. */
  static @Nullable List<Literal> join(List<Literal> left, List<Literal> right) {
    if (right.isEmpty()) {
      return left;
    }
    int leftSize = left.size();
    int rightSize = right.size();
    List<Literal> out = null;
    for (int i = 0; i < rightSize; i++) {
      Literal literal = right.get(i);
      boolean present = false;
      for (int j = 0; j < leftSize; j++) {
        Literal have = left.get(j);
        if (have.contradicts(literal)) {
          return null;
        }
        present |= have.equals(literal);
      }
      if (!present) {
        if (out == null) {
          out = new ArrayList<>(leftSize + rightSize);
          out.addAll(left);
        }
        out.add(literal);
      }
    }
    // Nothing changes a conjunction once made: when nothing is new, the left one is the answer.
    return out == null ? left : out;
  }

  /** The literal of a test that is not a logical connective. */
  Literal literal(Test test) {
    String key = key(test);
    return interned.computeIfAbsent(key, k -> classify(test, k));
  }

  private static Literal classify(Test test, String key) {
    boolean octet = comparator(test).equals("i;octet");
    boolean intrinsic = INTRINSIC.contains(test.name()) && !key.contains("${");
    List<String> strings = strings(test);
    int facts = 0;
    List<String> recipients = List.of();
    String match = matchType(test);
    switch (test.name()) {
      case "exists" -> {
        List<String> names = lower(strings);
        if (names.size() == 1 && names.get(0).equals("auto-submitted")) {
          facts |= Literal.CATCHES_AUTO;
        }
        if (names.size() == 1 && LOOP_HEADERS.contains(names.get(0))) {
          facts |= Literal.LOOP_MARKER;
        }
      }
      case "header", "address" -> {
        if (strings.size() >= 2) {
          List<String> names = lower(headerNames(test));
          List<String> keys = keys(test);
          if (!octet && test.name().equals("header") && names.contains("auto-submitted")) {
            if (catchesAuto(match, keys)) {
              facts |= Literal.CATCHES_AUTO;
            }
            if (names.size() == 1 && match.equals("is") && keys.equals(List.of("no"))) {
              facts |= Literal.CLEARS_AUTO;
            }
          }
          if (test.name().equals("header")
              && match.equals("is")
              && names.equals(List.of("return-path"))
              && keys.contains("<>")) {
            facts |= Literal.CATCHES_NULLSENDER;
          }
          if (names.stream().anyMatch(LOOP_HEADERS::contains)) {
            facts |= Literal.LOOP_MARKER;
          }
          if (match.equals("is")
              && !test.arguments().hasTag("localpart")
              && !test.arguments().hasTag("domain")
              && names.stream().anyMatch(RECIPIENT_FIELDS::contains)) {
            recipients = keys;
          }
        }
      }
      case "envelope" -> {
        List<String> parts = lower(headerNames(test));
        List<String> keys = keys(test);
        boolean plain = !test.arguments().hasTag("localpart") && !test.arguments().hasTag("domain");
        if (parts.equals(List.of("from")) && plain) {
          if (match.equals("is") && keys.contains("")) {
            facts |= Literal.CATCHES_NULLSENDER;
          }
          if ((match.equals("matches") && keys.equals(List.of("?*")))
              || (match.equals("contains") && keys.equals(List.of("@")))) {
            facts |= Literal.CLEARS_NULLSENDER;
          }
        }
        if (parts.contains("to") && plain && match.equals("is")) {
          recipients = keys;
        }
      }
      case "duplicate" -> facts |= Literal.LOOP_MARKER;
      default -> {
        // a test the graph does not interpret: it never guards and never contradicts by meaning
      }
    }
    return new Literal(key, false, intrinsic, facts, recipients);
  }

  private static boolean catchesAuto(String match, List<String> keys) {
    for (String key : keys) {
      boolean catches =
          switch (match) {
            case "contains" -> key.equals("auto") || key.equals("auto-") || key.isEmpty();
            case "matches" -> key.equals("auto*") || key.equals("auto-*") || key.equals("*");
            case "regex" -> key.equals("^auto") || key.equals(".*") || key.isEmpty();
            default -> false;
          };
      if (catches) {
        return true;
      }
    }
    return false;
  }

  private static String matchType(Test test) {
    for (String type : List.of("is", "contains", "matches", "regex", "value", "count")) {
      if (test.arguments().hasTag(type)) {
        return type;
      }
    }
    return "is";
  }

  private static String comparator(Test test) {
    return test.arguments()
        .tagArgument("comparator")
        .map(a -> Argument.strings(a).isEmpty() ? "" : Argument.strings(a).get(0).value())
        .orElse("i;ascii-casemap")
        .toLowerCase(Locale.ROOT);
  }

  /** The positional string arguments (tag arguments left out), as written. */
  private static List<String> strings(Test test) {
    List<String> out = new ArrayList<>();
    for (List<Argument.StringValue> list : positional(test)) {
      for (Argument.StringValue s : list) {
        out.add(s.value());
      }
    }
    return out;
  }

  private static List<List<Argument.StringValue>> positional(Test test) {
    List<List<Argument.StringValue>> out = new ArrayList<>();
    List<Argument> values = test.arguments().values();
    for (int i = 0; i < values.size(); i++) {
      Argument value = values.get(i);
      boolean afterTag =
          i > 0
              && values.get(i - 1) instanceof Argument.Tag tag
              && Set.of("comparator", "value", "count", "index", "list").contains(tag.name());
      if (!afterTag && !(value instanceof Argument.Tag)) {
        out.add(Argument.strings(value));
      }
    }
    return out;
  }

  private static List<String> headerNames(Test test) {
    List<List<Argument.StringValue>> lists = positional(test);
    if (lists.size() < 2) {
      return List.of();
    }
    return lists.get(0).stream().map(Argument.StringValue::value).toList();
  }

  private static List<String> keys(Test test) {
    List<List<Argument.StringValue>> lists = positional(test);
    if (lists.isEmpty()) {
      return List.of();
    }
    return lower(lists.get(lists.size() - 1).stream().map(Argument.StringValue::value).toList());
  }

  private static List<String> lower(List<String> in) {
    return in.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }

  /** The canonical text of a test: name, tags and strings, case folded where Sieve folds. */
  static String key(Test test) {
    boolean octet = comparator(test).equals("i;octet");
    StringBuilder out = new StringBuilder(test.name());
    List<Argument> values = test.arguments().values();
    for (int i = 0; i < values.size(); i++) {
      Argument argument = values.get(i);
      out.append(' ');
      if (argument instanceof Argument.Tag tag) {
        out.append(':').append(tag.name());
      } else if (argument instanceof Argument.NumberValue number) {
        out.append(number.value());
      } else if (argument instanceof Argument.StringValue s) {
        out.append(quote(s.value(), octet));
      } else if (argument instanceof Argument.StringList list) {
        out.append('[');
        List<Argument.StringValue> items = list.items();
        for (int j = 0; j < items.size(); j++) {
          out.append(quote(items.get(j).value(), octet)).append(',');
        }
        out.append(']');
      }
    }
    List<Test> tests = test.arguments().tests();
    for (int i = 0; i < tests.size(); i++) {
      out.append(" (").append(key(tests.get(i))).append(')');
    }
    return out.toString();
  }

  private static String quote(String value, boolean octet) {
    return '"' + (octet ? value : value.toLowerCase(Locale.ROOT)).replace("\"", "\\\"") + '"';
  }
}
