package io.github.sievelint.graph;

import org.jspecify.annotations.Nullable;

/** A node of the forwarding graph: an account, an alias, or an address nothing here receives. */
public record Node(String address, Kind kind) implements Comparable<Node> {

  /** What receives mail at the address. */
  public enum Kind {
    ACCOUNT,
    ALIAS,
    /** A managed address that no account or alias receives (the catch-all may). */
    UNKNOWN,
    EXTERNAL
  }

  // Written out: nodes are hashed on every step of the graph algorithms, and the record's generated
  // methods are slow before the JIT's second tier.
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o
        || (o instanceof Node other && kind == other.kind && address.equals(other.address));
  }

  @Override
  public int hashCode() {
    return address.hashCode() * 31 + kind.name().hashCode();
  }

  @Override
  public int compareTo(Node other) {
    int byAddress = address.compareTo(other.address);
    return byAddress != 0 ? byAddress : kind.compareTo(other.kind);
  }
}
