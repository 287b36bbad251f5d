package io.github.sievelint.graph;

import io.github.sievelint.condition.Literal;
import io.github.sievelint.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Finds the cycles of the forwarding graph worth reporting (docs/model.md): strongly connected
 * components first (linear time), then, inside each component, one shortest cycle through each
 * scripted edge, with caps so a dense component never explodes. A cycle is kept when it passes
 * through at least two accounts (one account reaching itself is {@code redirect-to-self}) and no
 * proof exists that its edge conditions exclude each other.
 */
final class Cycles {

  /** Scripted edges tried per component. */
  static final int MAX_SEEDS = 1000;

  /** Cycles reported per component. */
  static final int MAX_PER_COMPONENT = 50;

  /** Nodes visited by the searches of one component before it stops seeding new ones. */
  static final long WORK_PER_COMPONENT = 5_000_000;

  /** Steps of the search for a consistent choice of paths before assuming one exists. */
  static final int FEASIBILITY_BUDGET = 10_000;

  static final Comparator<Edge> EDGE_ORDER =
      Comparator.comparing(Edge::where)
          .thenComparing(Edge::from)
          .thenComparing(Edge::to)
          .thenComparing(Edge::kind);

  /** A component whose search stopped at a cap: where to report it, and which cap. */
  record Truncation(Location where, String message) {}

  private final Graph<Node, Edge> graph;
  private final List<Set<Node>> allComponents;
  private final List<Truncation> truncations = new ArrayList<>();
  private long work;

  /** A search of {@code graph}, whose strongly connected components are {@code components}. */
  Cycles(Graph<Node, Edge> graph, List<Set<Node>> components) {
    this.graph = graph;
    this.allComponents = components;
  }

  /** The strongly connected components of more than one node. */
  List<Set<Node>> components() {
    List<Set<Node>> out = new ArrayList<>();
    for (Set<Node> component : allComponents) {
      if (component.size() > 1) {
        out.add(component);
      }
    }
    return out;
  }

  List<Cycle> find() {
    List<Cycle> out = new ArrayList<>();
    for (Set<Node> component : components()) {
      List<Edge> seeds = new ArrayList<>();
      for (Node node : component) {
        for (Edge edge : graph.outgoingEdgesOf(node)) {
          if (edge.scripted() && component.contains(edge.to()) && !edge.from().equals(edge.to())) {
            seeds.add(edge);
          }
        }
      }
      seeds.sort(EDGE_ORDER);
      Set<List<Edge>> seen = new HashSet<>();
      int kept = 0;
      work = 0;
      String cap = null;
      if (seeds.size() > MAX_SEEDS) {
        cap = "more than " + MAX_SEEDS + " scripted forwarding edges";
      }
      int tried = 0;
      for (Edge seed : seeds.subList(0, Math.min(seeds.size(), MAX_SEEDS))) {
        if (work > WORK_PER_COMPONENT) {
          cap = "too many addresses to search within " + WORK_PER_COMPONENT + " steps";
          break;
        }
        tried++;
        List<Edge> path = shortestPath(seed.to(), seed.from(), component);
        if (path == null) {
          continue;
        }
        List<Edge> cycle = new ArrayList<>();
        cycle.add(seed);
        cycle.addAll(path);
        List<Edge> rotated = rotate(cycle);
        if (!seen.add(rotated)) {
          continue;
        }
        Cycle found = new Cycle(rotated);
        if (found.accounts().size() < 2 || !feasible(rotated)) {
          continue;
        }
        out.add(found);
        if (++kept >= MAX_PER_COMPONENT) {
          if (tried < seeds.size()) {
            cap = "at least " + MAX_PER_COMPONENT + " cycles";
          }
          break;
        }
      }
      if (cap != null && !seeds.isEmpty()) {
        truncations.add(new Truncation(seeds.get(0).where(), truncated(component, cap)));
      }
    }
    out.sort(Comparator.comparing((Cycle c) -> c.primary().where()).thenComparing(Cycle::chain));
    return out;
  }

  /** The components whose search stopped at a cap, after {@link #find()}. */
  List<Truncation> truncations() {
    List<Truncation> out = new ArrayList<>(truncations);
    out.sort(Comparator.comparing(Truncation::where));
    return out;
  }

  private static String truncated(Set<Node> component, String cap) {
    List<String> addresses = new ArrayList<>();
    for (Node node : component) {
      addresses.add(node.address());
    }
    Collections.sort(addresses);
    String shown = String.join(", ", addresses.subList(0, Math.min(5, addresses.size())));
    return "the forwarding component of "
        + addresses.size()
        + " addresses ("
        + shown
        + (addresses.size() > 5 ? ", ..." : "")
        + ") has "
        + cap
        + "; sievelint stopped looking for cycles in it, so more cycles may exist than are"
        + " reported";
  }

  /** Breadth-first within the component; null when {@code to} cannot be reached. */
  private @Nullable List<Edge> shortestPath(Node from, Node to, Set<Node> component) {
    if (from.equals(to)) {
      return List.of();
    }
    Map<Node, Edge> via = new HashMap<>();
    Deque<Node> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      work++;
      for (Edge edge : graph.outgoingEdgesOf(node)) {
        Node next = edge.to();
        if (!component.contains(next) || next.equals(from) || via.containsKey(next)) {
          continue;
        }
        via.put(next, edge);
        if (next.equals(to)) {
          List<Edge> path = new ArrayList<>();
          for (Node at = to; !at.equals(from); ) {
            Edge step = via.get(at);
            if (step == null) {
              return null;
            }
            path.add(step);
            at = step.from();
          }
          Collections.reverse(path);
          return path;
        }
        queue.add(next);
      }
    }
    return null;
  }

  /** The rotation that starts at the smallest scripted edge. */
  private static List<Edge> rotate(List<Edge> cycle) {
    int best = -1;
    for (int i = 0; i < cycle.size(); i++) {
      Edge edge = cycle.get(i);
      if (edge.scripted() && (best < 0 || EDGE_ORDER.compare(edge, cycle.get(best)) < 0)) {
        best = i;
      }
    }
    List<Edge> out = new ArrayList<>(cycle.subList(best, cycle.size()));
    out.addAll(cycle.subList(0, best));
    return out;
  }

  /**
   * Whether one message can take every edge: some choice of one path per edge whose literals on the
   * message itself (headers survive a redirect) do not contradict. A notify sends a new message, so
   * a cycle through one is never proven infeasible.
   */
  static boolean feasible(List<Edge> cycle) {
    if (cycle.stream().anyMatch(e -> e.kind() == Edge.Kind.NOTIFY)) {
      return true;
    }
    // An edge with a path that says nothing about the message (an alias, an unconditional
    // redirect) can always be taken: only the others can contradict each other. Leaving them out
    // also bounds the recursion below by the scripted edges of one component (MAX_SEEDS), however
    // many aliases the cycle runs through.
    List<Edge> constrained = new ArrayList<>();
    for (Edge edge : cycle) {
      boolean free = false;
      for (List<Literal> path : edge.paths()) {
        if (path.stream().noneMatch(Literal::intrinsic)) {
          free = true;
          break;
        }
      }
      if (!free) {
        constrained.add(edge);
      }
    }
    int[] budget = {FEASIBILITY_BUDGET};
    return choose(constrained, 0, new HashMap<>(), budget);
  }

  private static boolean choose(
      List<Edge> cycle, int index, Map<String, Boolean> chosen, int[] budget) {
    if (index == cycle.size() || --budget[0] <= 0) {
      return true;
    }
    for (List<Literal> path : new LinkedHashSet<>(cycle.get(index).paths())) {
      List<String> added = new ArrayList<>();
      boolean ok = true;
      for (Literal literal : path) {
        if (!literal.intrinsic()) {
          continue;
        }
        Boolean have = chosen.get(literal.key());
        if (have == null) {
          chosen.put(literal.key(), !literal.positive());
          added.add(literal.key());
        } else if (have != !literal.positive()) {
          ok = false;
          break;
        }
      }
      if (ok && choose(cycle, index + 1, chosen, budget)) {
        return true;
      }
      for (String key : added) {
        chosen.remove(key);
      }
    }
    return false;
  }
}
