package io.github.sievelint.flow;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.condition.TestFacts;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.TreeSet;

/**
 * Makes the literals of one flow: a test with its {@link TestFacts} (computed once per test, as a
 * test is turned into literals at least twice, true and false), the header edits before it, and
 * what its match variables capture.
 */
final class Literals {

  private final IdentityHashMap<Test, TestFacts> facts = new IdentityHashMap<>();

  /** The literal of {@code test} (or its negation) where {@code state} holds. */
  Literal literal(
      Test test, boolean positive, FlowState state, Segment segment, boolean variables) {
    List<Command> stale = List.of();
    // Without header edits (most scripts) no test can read an edited header.
    if (!state.edits().isEmpty()) {
      stale = new ArrayList<>();
      for (String header : readHeaders(test)) {
        for (String key : List.of(header, "*")) {
          for (Command edit : state.edits().getOrDefault(key, List.of())) {
            if (stale.stream().noneMatch(c -> c.equals(edit))) {
              stale.add(edit);
            }
          }
        }
      }
    }
    // A test is turned into literals at least twice (true and false): its facts are kept.
    TestFacts testFacts = facts.computeIfAbsent(test, TestFacts::of);
    String key = testFacts.key();
    if (!stale.isEmpty()) {
      TreeSet<Integer> offsets = new TreeSet<>();
      stale.forEach(c -> offsets.add(c.span().start()));
      key += "@" + offsets;
    }
    if (variables && key.contains("${")) {
      // The value of a variable may change between two evaluations of the same test text.
      key += "#" + segment.source().path() + ":" + test.span().start();
    }
    String captures =
        variables && Variables.setsMatchVariables(test)
            ? Variables.testOrigin(test, state, segment.source())
            : null;
    return new Literal(test, positive, key, testFacts, stale, captures);
  }

  /** The header names {@code test} reads, lower case; {@code *} when a name is computed. */
  static List<String> readHeaders(Test test) {
    return switch (test.name()) {
      case "header", "exists", "address", "date" -> {
        yield ArgumentShape.of(test.arguments()).lowerValues(0).stream()
            .map(name -> name.contains("${") ? "*" : name)
            .toList();
      }
      default -> List.of();
    };
  }
}
