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
}
