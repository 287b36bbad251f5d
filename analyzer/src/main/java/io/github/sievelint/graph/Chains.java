package io.github.sievelint.graph;

import java.util.ArrayList;
import java.util.Arrays;
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
    // The edges between components, grouped by the component they leave (compressed rows): one
    // pass over the edges and one lookup of each end, not one per visit.
    Edge[] edges = graph.edgeSet().toArray(new Edge[0]);
    int[] from = new int[edges.length];
    int[] to = new int[edges.length];
    int[] inDegree = new int[n];
    int[] start = new int[n + 1];
    for (int e = 0; e < edges.length; e++) {
      from[e] = index(component, edges[e].from());
      to[e] = index(component, edges[e].to());
      if (from[e] != to[e]) {
        inDegree[to[e]]++;
        start[from[e] + 1]++;
      }
    }
    for (int c = 0; c < n; c++) {
      start[c + 1] += start[c];
    }
    Edge[] leaving = new Edge[start[n]];
    int[] target = new int[start[n]];
    int[] filled = Arrays.copyOf(start, n);
    for (int e = 0; e < edges.length; e++) {
      if (from[e] != to[e]) {
        int at = filled[from[e]]++;
        leaving[at] = edges[e];
        target[at] = to[e];
      }
    }
    // Kahn's order, then longest paths from the end backwards.
    int[] order = new int[n];
    int[] remaining = inDegree.clone();
    int[] ready = new int[n];
    int head = 0;
    int tail = 0;
    for (int c = 0; c < n; c++) {
      if (remaining[c] == 0) {
        ready[tail++] = c;
      }
    }
    int count = 0;
    while (head < tail) {
      int c = ready[head++];
      order[count++] = c;
      for (int k = start[c]; k < start[c + 1]; k++) {
        if (--remaining[target[k]] == 0) {
          ready[tail++] = target[k];
        }
      }
    }
    int[] best = new int[n];
    Edge[] next = new Edge[n];
    for (int k = count - 1; k >= 0; k--) {
      int c = order[k];
      for (int e = start[c]; e < start[c + 1]; e++) {
        Edge edge = leaving[e];
        int length = (edge.scripted() ? 1 : 0) + best[target[e]];
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
