package io.github.sievelint.flow;

import io.github.sievelint.condition.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A conjunction of literals with the branches taken to get there, in execution order. */
public record Path(List<Literal> literals, List<Step> steps) {

  /** The path of a script's first command: no condition, no branch. */
  public static final Path EMPTY = new Path(List.of(), List.of());

  /** Up to this many literals, {@link #and} compares keys pairwise instead of hashing them. */
  private static final int SMALL = 16;

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
    if (more.isEmpty() && step == null) {
      return this;
    }
    List<Literal> joined;
    if (more.isEmpty()) {
      joined = literals;
    } else if (literals.size() + more.size() <= SMALL) {
      // Paths are short: a scan beats building a map for every branch of every script.
      joined = new ArrayList<>(literals.size() + more.size());
      joined.addAll(literals);
      for (int m = 0; m < more.size(); m++) {
        Literal literal = more.get(m);
        boolean present = false;
        for (int j = 0; j < joined.size(); j++) {
          Literal have = joined.get(j);
          if (have.key().equals(literal.key())) {
            if (have.positive() != literal.positive()) {
              return null;
            }
            present = true;
            break;
          }
        }
        if (!present) {
          joined.add(literal);
        }
      }
    } else {
      Map<String, Boolean> polarity = new HashMap<>();
      for (Literal literal : literals) {
        polarity.put(literal.key(), literal.positive());
      }
      joined = new ArrayList<>(literals);
      for (Literal literal : more) {
        Boolean seen = polarity.putIfAbsent(literal.key(), literal.positive());
        if (seen == null) {
          joined.add(literal);
        } else if (seen != literal.positive()) {
          return null;
        }
      }
    }
    List<Step> newSteps = steps;
    if (step != null) {
      newSteps = new ArrayList<>(steps);
      newSteps.add(step);
    }
    return new Path(joined, newSteps);
  }

  /**
   * The branches as a message about the script at {@code reported} shows them: {@code line 3 (...)
   * and line 5 (...)} within that script; once the path crosses into another script every step
   * names its script ({@code global/before.sieve line 6 (...) and users/erin.sieve line 7 (...)}),
   * since a bare line after another script's step would read as a line of that script.
   */
  public String describeSteps(String reported) {
    if (steps.isEmpty()) {
      return "";
    }
    boolean crosses = false;
    for (Step step : steps) {
      crosses |= !step.file().equals(reported);
    }
    List<String> parts = new ArrayList<>();
    for (Step step : steps) {
      parts.add(crosses ? step.describeWithFile() : step.describe(reported));
    }
    return Messages.join(parts, "and");
  }
}
