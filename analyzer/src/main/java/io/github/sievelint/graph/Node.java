package io.github.sievelint.graph;

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

  @Override
  public int compareTo(Node other) {
    int byAddress = address.compareTo(other.address);
    return byAddress != 0 ? byAddress : kind.compareTo(other.kind);
  }
}
