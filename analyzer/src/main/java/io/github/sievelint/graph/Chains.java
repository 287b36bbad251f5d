package io.github.sievelint.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * The longest acyclic forwarding chains: on the graph of strongly connected components (a DAG), the
 * longest path by scripted hops from every component nothing forwards into, in linear time. Alias
 * and catch-all expansion happens inside the MTA and counts no hop.
 */
final class Chains {

  private Chains() {}

  /** The chains of more than {@code maxHops} hops, one per starting component, in edge order. */
  static List<List<Edge>> longerThan(
      Graph<Node, Edge> graph, List<Set<Node>> components, int maxHops) {
    Map<Node, Integer> component = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      for (Node node : components.get(i)) {
        component.put(node, i);
      }
    }
    int n = components.size();
    int[] inDegree = new int[n];
    for (Edge edge : graph.edgeSet()) {
      int from = index(component, edge.from());
      int to = index(component, edge.to());
      if (from != to) {
        inDegree[to]++;
      }
    }
    // Kahn's order, then longest paths from the end backwards.
    int[] order = new int[n];
    int[] remaining = inDegree.clone();
    Deque<Integer> ready = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (remaining[i] == 0) {
        ready.add(i);
      }
    }
    int count = 0;
    while (!ready.isEmpty()) {
      int c = ready.poll();
      order[count++] = c;
      for (Node node : components.get(c)) {
        for (Edge edge : graph.outgoingEdgesOf(node)) {
          int to = index(component, edge.to());
          if (to != c && --remaining[to] == 0) {
            ready.add(to);
          }
        }
      }
    }
    int[] best = new int[n];
    Edge[] next = new Edge[n];
    for (int k = count - 1; k >= 0; k--) {
      int c = order[k];
      for (Node node : components.get(c)) {
        for (Edge edge : graph.outgoingEdgesOf(node)) {
          int to = index(component, edge.to());
          if (to == c) {
            continue;
          }
          int length = (edge.scripted() ? 1 : 0) + best[to];
          Edge current = next[c];
          if (length > best[c]
              || (length == best[c]
                  && current != null
                  && Cycles.EDGE_ORDER.compare(edge, current) < 0)) {
            best[c] = length;
            next[c] = edge;
          }
        }
      }
    }
    List<List<Edge>> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (inDegree[c] != 0 || best[c] <= maxHops) {
        continue;
      }
      List<Edge> chain = new ArrayList<>();
      for (Edge step = next[c]; step != null; step = next[index(component, step.to())]) {
        chain.add(step);
      }
      // Report at the first scripted hop: that is where someone can shorten the chain.
      while (!chain.isEmpty() && !chain.get(0).scripted()) {
        chain.remove(0);
      }
      if (!chain.isEmpty()) {
        out.add(chain);
      }
    }
    out.sort((a, b) -> Cycles.EDGE_ORDER.compare(a.get(0), b.get(0)));
    return out;
  }

  private static int index(Map<Node, Integer> component, Node node) {
    Integer index = component.get(node);
    if (index == null) {
      throw new IllegalStateException("node outside every component: " + node);
    }
    return index;
  }
}
