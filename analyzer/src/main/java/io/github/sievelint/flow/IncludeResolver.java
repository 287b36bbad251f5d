package io.github.sievelint.flow;

import io.github.sievelint.ast.Command;
import java.util.Optional;

/**
 * Finds the script an {@code include} command names (RFC 6609), so that flow analysis can inline it
 * where the include runs. The account model of a later release provides one; without it, includes
 * are opaque.
 */
@FunctionalInterface
public interface IncludeResolver {

  /** Resolves nothing: every include stays opaque. */
  IncludeResolver NONE = (from, include) -> Optional.empty();

  /** The script {@code include} (a command of {@code from}) runs, if it can be found. */
  Optional<Segment> resolve(Segment from, Command include);

  /**
   * Told when {@code include} (a command of {@code from}) is not inlined because a limit of {@link
   * io.github.sievelint.model.Includes} was reached; {@code message} names the limit.
   */
  default void limitExceeded(Segment from, Command include, String message) {
    // Nothing to report by default.
  }

  /**
   * Told when the flow inlines {@code target}, the script of an include: only scripts inlined so
   * are in the flow (one that {@link #resolve} found but a limit left out is not).
   */
  default void inlined(Segment target) {
    // Nothing to keep by default.
  }
}
