package io.github.sievelint.flow;

import io.github.sievelint.condition.Dnf;
import io.github.sievelint.condition.Literal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The paths that reach one point, in disjunctive normal form. At most {@link Dnf#CAP} paths are
 * kept; {@code overflow} says that more existed, and then no verdict may rely on the list being
 * complete.
 */
public record PathSet(List<Path> paths, boolean overflow) {

  /** The entry of a script: one path without conditions. */
  public static final PathSet START = new PathSet(List.of(Path.EMPTY), false);

  /** No path at all: the point cannot be reached. */
  public static final PathSet NONE = new PathSet(List.of(), false);

  public PathSet {
    paths = List.copyOf(paths);
  }

  /** Whether some execution can get here (assumed when paths were dropped at the cap). */
  public boolean reachable() {
    return overflow || !paths.isEmpty();
  }

  /** Every path extended by every term of {@code condition}, with {@code step} on each. */
  public PathSet and(Dnf condition, @Nullable Step step) {
    List<Path> out = new ArrayList<>();
    boolean over = overflow || condition.overflow();
    List<List<Literal>> terms = condition.terms();
    for (int i = 0; i < paths.size(); i++) {
      Path path = paths.get(i);
      for (int j = 0; j < terms.size(); j++) {
        Path next = path.and(terms.get(j), step);
        if (next == null) {
          continue;
        }
        if (out.size() >= Dnf.CAP) {
          return new PathSet(out, true);
        }
        out.add(next);
      }
    }
    return new PathSet(out, over);
  }

  /** Every path with {@code step} appended and no new literal. */
  public PathSet with(Step step) {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Path next = paths.get(i).and(List.of(), step);
      if (next != null) {
        out.add(next);
      }
    }
    return new PathSet(out, overflow);
  }

  /** The paths of this set and of {@code other}. */
  public PathSet or(PathSet other) {
    if (paths.isEmpty() && !overflow) {
      return other;
    }
    if (other.paths.isEmpty() && !other.overflow) {
      return this;
    }
    List<Path> out = new ArrayList<>(paths);
    boolean over = overflow || other.overflow;
    for (int i = 0; i < other.paths.size(); i++) {
      if (out.size() >= Dnf.CAP) {
        over = true;
        break;
      }
      out.add(other.paths.get(i));
    }
    return new PathSet(out, over);
  }
}
