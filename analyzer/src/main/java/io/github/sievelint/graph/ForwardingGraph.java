package io.github.sievelint.graph;

import io.github.sievelint.model.Account;
import io.github.sievelint.model.Address;
import io.github.sievelint.model.AliasTarget;
import io.github.sievelint.model.Location;
import io.github.sievelint.model.Resolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DirectedPseudograph;
import org.jspecify.annotations.Nullable;

/**
 * The forwarding graph of a mail system (docs/model.md): accounts, aliases and other addresses as
 * nodes; redirect, static notify, alias and catch-all edges. Built in time linear in the number of
 * accounts, aliases and actions.
 */
public final class ForwardingGraph {

  private final Graph<Node, Edge> graph = new DirectedPseudograph<>(null, null, false);
  private final Resolver resolver;
  private final Set<String> catchAllDone = new HashSet<>();
  private @Nullable List<Cycle> cycles;
  private @Nullable List<Set<Node>> components;
  private List<Cycles.Truncation> cycleLimits = List.of();

  private ForwardingGraph(Resolver resolver) {
    this.resolver = resolver;
  }

  static ForwardingGraph build(Resolver resolver, List<ScriptAction> actions) {
    ForwardingGraph out = new ForwardingGraph(resolver);
    for (Account account : resolver.model().accounts()) {
      out.graph.addVertex(new Node(account.address(), Node.Kind.ACCOUNT));
    }
    for (Map.Entry<String, List<AliasTarget>> alias :
        new java.util.TreeMap<>(resolver.model().aliases()).entrySet()) {
      Node from = new Node(alias.getKey(), Node.Kind.ALIAS);
      out.graph.addVertex(from);
      for (AliasTarget target : alias.getValue()) {
        Optional<Address> parsed = resolver.parse(target.target());
        if (parsed.isPresent()) {
          out.edge(Edge.Kind.ALIAS, from, parsed.get(), target.where(), null);
        }
      }
    }
    for (ScriptAction action : actions) {
      if (!action.kind().equals("redirect") && !action.kind().equals("notify")) {
        continue;
      }
      if (!action.reachable()) {
        continue;
      }
      Node from = new Node(action.account(), Node.Kind.ACCOUNT);
      Edge.Kind kind = action.kind().equals("redirect") ? Edge.Kind.REDIRECT : Edge.Kind.NOTIFY;
      for (ScriptAction.Value target : action.targets()) {
        Optional<Address> parsed = resolver.parse(target.text());
        if (parsed.isPresent()) {
          out.edge(kind, from, parsed.get(), action.where(), action);
        }
      }
    }
    return out;
  }

  private void edge(
      Edge.Kind kind, Node from, Address to, Location where, @Nullable ScriptAction action) {
    Node target = node(to);
    graph.addEdge(from, target, new Edge(kind, from, target, where, action));
  }

  /** The node an address reaches first; adds the catch-all edge the first time it is needed. */
  private Node node(Address address) {
    Resolver.Target target = resolver.target(address);
    Node node =
        switch (target.kind()) {
          case ACCOUNT -> new Node(target.node(), Node.Kind.ACCOUNT);
          case ALIAS -> new Node(target.node(), Node.Kind.ALIAS);
          case UNKNOWN_LOCAL, CATCH_ALL -> new Node(target.node(), Node.Kind.UNKNOWN);
          case EXTERNAL -> new Node(target.node(), Node.Kind.EXTERNAL);
        };
    graph.addVertex(node);
    AliasTarget catchAll = target.catchAll();
    if (catchAll != null && catchAllDone.add(node.address())) {
      Optional<Address> parsed = resolver.parse(catchAll.target());
      if (parsed.isPresent()) {
        Node into = node(parsed.get());
        graph.addEdge(
            node, into, new Edge(Edge.Kind.CATCH_ALL, node, into, catchAll.where(), null));
      }
    }
    return node;
  }

  /** The underlying jgrapht graph, read-only by convention. */
  public Graph<Node, Edge> graph() {
    return graph;
  }

  /** Every node, sorted. */
  public List<Node> nodes() {
    List<Node> out = new ArrayList<>(graph.vertexSet());
    out.sort(null);
    return out;
  }

  /** Every edge, sorted by source, target and location. */
  public List<Edge> edges() {
    List<Edge> out = new ArrayList<>(graph.edgeSet());
    out.sort(Cycles.EDGE_ORDER);
    return out;
  }

  /** The feasible cycles, each once, in a stable order (computed once). */
  public synchronized List<Cycle> cycles() {
    List<Cycle> found = cycles;
    if (found == null) {
      Cycles search = new Cycles(graph, components());
      found = search.find();
      cycleLimits = search.truncations();
      cycles = found;
    }
    return found;
  }

  /**
   * The components whose cycle search stopped at a cap of {@link Cycles} (seeds, cycles or work per
   * component): where to report each (its first scripted edge) and a message naming the cap.
   */
  public synchronized List<Map.Entry<Location, String>> cycleLimits() {
    cycles();
    List<Map.Entry<Location, String>> out = new ArrayList<>();
    for (Cycles.Truncation t : cycleLimits) {
      out.add(Map.entry(t.where(), t.message()));
    }
    return out;
  }

  /** The acyclic forwarding chains longer than {@code maxHops} scripted hops. */
  public List<List<Edge>> chainsLongerThan(int maxHops) {
    return Chains.longerThan(graph, components(), maxHops);
  }

  /**
   * The strongly connected components (computed once: the cycle search and the chains need them).
   */
  private synchronized List<Set<Node>> components() {
    List<Set<Node>> found = components;
    if (found == null) {
      found = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
      components = found;
    }
    return found;
  }

  /** The chain spelled out like a cycle's, ending at the last address. */
  public static String describe(List<Edge> chain) {
    StringBuilder out = new StringBuilder();
    for (Edge edge : chain) {
      out.append(edge.from().address()).append(" (").append(edge.describe()).append(") -> ");
    }
    return out.append(chain.get(chain.size() - 1).to().address()).toString();
  }
}
