package io.github.sievelint.condition;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One test, or its negation, on a path: the one literal type of the per-script rules and of the
 * forwarding graph.
 *
 * <p>{@code key} identifies the condition: the {@link TestKey} of the test, plus the header edits
 * it runs after and, for a test that reads a variable, where it is (a variable may change between
 * two evaluations of the same text). Two literals with the same key and opposite signs cannot both
 * hold, so a path holding both is dropped; literals compare by key and sign only (not by the test's
 * tree, which would be slow and would tell two copies of one test apart).
 *
 * <p>{@code staleEdits} are the {@code deleteheader}/{@code addheader} commands that may have
 * changed a header the test reads before it runs: such a test never counts as a guard (see
 * docs/guards.md). {@code captures} describes the message data a {@code :matches}/{@code :regex}
 * test puts in the match variables.
 */
public record Literal(
    Test test,
    boolean positive,
    String key,
    TestFacts facts,
    List<Command> staleEdits,
    @Nullable String captures) {

  public Literal {
    staleEdits = List.copyOf(staleEdits);
  }

  /** Whether a header edit earlier on the path may have changed what this test reads. */
  public boolean stale() {
    return !staleEdits.isEmpty();
  }

  /**
   * The facets a path holding this literal excludes, as the test form says (a negated catching
   * test, or a clearing test itself), stale or not: {@link Guards} leaves stale literals out.
   */
  public Map<Facet, Grade> exclusions() {
    return positive ? facts.clears() : facts.catches();
  }

  /**
   * Whether the test reads only the message and no header edit came before it, so that the same
   * literal on two steps of a cycle speaks of one message.
   */
  public boolean intrinsic() {
    return facts.intrinsic() && !stale();
  }

  /** Whether this literal breaks a loop: a loop-marker or {@code duplicate} test that is false. */
  public boolean breaksLoops() {
    return !positive && facts.loopMarker();
  }

  /** Whether this literal and {@code other} cannot both hold for one message. */
  public boolean contradicts(Literal other) {
    return positive != other.positive && key.equals(other.key);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Literal other && positive == other.positive && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 2 + (positive ? 1 : 0);
  }

  /** The literal as the graph's JSON shows it: {@code not exists ["list-id",]}. */
  @Override
  public String toString() {
    return positive ? facts.key() : "not " + facts.key();
  }
}
