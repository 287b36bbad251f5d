package io.github.sievelint.flow;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One test or its negation on a path. {@code key} identifies the test structurally (and the header
 * edits it runs after), so that a path holding {@code t} and {@code not t} can be dropped. {@code
 * staleEdits} are the {@code deleteheader}/{@code addheader} commands that may have changed a
 * header the test reads before it runs: such a test never counts as a guard (GUARDS.md). {@code
 * captures} describes the message data a {@code :matches}/{@code :regex} test puts in the match
 * variables.
 */
public record Literal(
    Test test, boolean positive, String key, List<Command> staleEdits, @Nullable String captures) {

  public Literal {
    staleEdits = List.copyOf(staleEdits);
  }

  /** Whether a header edit earlier on the path may have changed what this test reads. */
  public boolean stale() {
    return !staleEdits.isEmpty();
  }
}
