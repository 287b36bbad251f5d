package io.github.sievelint.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One elementary cycle of the forwarding graph, rotated to start at its first scripted edge (in
 * location order), so the same cycle found from another node is the same value.
 */
public record Cycle(List<Edge> edges) {

  public Cycle {
    edges = List.copyOf(edges);
  }

  /** The redirect (or notify) the finding is reported at. */
  public Edge primary() {
    return edges.get(0);
  }

  /** The accounts on the cycle. */
  public Set<String> accounts() {
    Set<String> out = new HashSet<>();
    for (Edge edge : edges) {
      if (edge.from().kind() == Node.Kind.ACCOUNT) {
        out.add(edge.from().address());
      }
    }
    return out;
  }

  /** How many edges carry {@code :copy}: two or more and each turn multiplies the copies. */
  public int copies() {
    return (int) edges.stream().filter(Edge::copy).count();
  }

  /** Whether every scripted edge carries a loop breaker on every path. */
  public boolean everyEdgeBreaksLoops() {
    return edges.stream()
        .filter(Edge::scripted)
        .allMatch(e -> e.action() != null && e.action().breaksLoops());
  }

  /** The chain spelled out: {@code a (file:line redirect) -> b (alias, file:line) -> a}. */
  public String chain() {
    StringBuilder out = new StringBuilder();
    for (Edge edge : edges) {
      out.append(edge.from().address()).append(" (").append(edge.describe()).append(") -> ");
    }
    return out.append(edges.get(0).from().address()).toString();
  }
}
