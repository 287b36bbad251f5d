package io.github.sievelint.graph;

import io.github.sievelint.model.Includes;
import io.github.sievelint.model.Location;
import java.util.List;

/** A problem with an include, met while following the includes of an account's scripts. */
public sealed interface IncludeProblem {

  /** The include's name argument. */
  Location where();

  /**
   * An include of a script that does not exist.
   *
   * @param name the script name as written
   * @param global whether it is an {@code include :global}
   * @param optional whether it is an {@code include :optional}, which the server skips
   * @param searched the folder it was looked for in, or why there is none
   */
  record Missing(Location where, String name, boolean global, boolean optional, String searched)
      implements IncludeProblem {}

  /**
   * An include of a script that is already being included.
   *
   * @param chain the scripts from that one back to itself, relative to the root
   */
  record Cycle(Location where, List<String> chain) implements IncludeProblem {
    public Cycle {
      chain = List.copyOf(chain);
    }
  }

  /** Which limit of {@link Includes} stopped an include. */
  enum Limit {
    /** {@link Includes#MAX_DEPTH}. */
    DEPTH,
    /** {@link Includes#MAX_INLINED}. */
    COUNT
  }

  /** An include not followed because {@code limit} was reached; {@code name} as written. */
  record LimitHit(Location where, String name, Limit limit) implements IncludeProblem {}
}
