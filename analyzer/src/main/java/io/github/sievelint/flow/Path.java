package io.github.sievelint.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A conjunction of literals with the branches taken to get there, in execution order. */
public record Path(List<Literal> literals, List<Step> steps) {

  /** The path of a script's first command: no condition, no branch. */
  public static final Path EMPTY = new Path(List.of(), List.of());

  public Path {
    literals = List.copyOf(literals);
    steps = List.copyOf(steps);
  }

  /**
   * This path with {@code more} literals and {@code step} appended, or null when the result holds
   * some test and its negation (no message can take it). Literals already on the path are not
   * repeated.
   */
  public @Nullable Path and(List<Literal> more, @Nullable Step step) {
    Map<String, Boolean> polarity = new HashMap<>();
    for (Literal literal : literals) {
      polarity.put(literal.key(), literal.positive());
    }
    List<Literal> joined = new ArrayList<>(literals);
    for (Literal literal : more) {
      Boolean seen = polarity.putIfAbsent(literal.key(), literal.positive());
      if (seen == null) {
        joined.add(literal);
      } else if (seen != literal.positive()) {
        return null;
      }
    }
    List<Step> newSteps = steps;
    if (step != null) {
      newSteps = new ArrayList<>(steps);
      newSteps.add(step);
    }
    return new Path(joined, newSteps);
  }

  /** The branches as a message shows them: {@code line 3 (...) and line 5 (...)}. */
  public String describeSteps() {
    if (steps.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Step step : steps) {
      parts.add(step.describe());
    }
    return Messages.join(parts, "and");
  }
}
