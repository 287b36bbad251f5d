package io.github.sievelint.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sievelint.condition.Literal;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints a forwarding graph for people (DOT for Graphviz, Mermaid for Markdown) and for programs
 * (JSON), with the edges of every reported cycle marked.
 */
public final class GraphWriter {

  /** The formats {@code sievelint graph} offers. */
  public static final List<String> FORMATS = List.of("dot", "mermaid", "json");

  private final ForwardingGraph graph;
  private final Set<Edge> onCycle = new HashSet<>();

  public GraphWriter(ForwardingGraph graph) {
    this.graph = graph;
    for (Cycle cycle : graph.cycles()) {
      onCycle.addAll(cycle.edges());
    }
  }

  /** Writes the graph in {@code format}, one of {@link #FORMATS}. */
  public void write(String format, Writer out) throws IOException {
    switch (format) {
      case "dot" -> dot(out);
      case "mermaid" -> mermaid(out);
      case "json" -> json(out);
      default -> throw new IllegalArgumentException("unknown graph format " + format);
    }
    out.flush();
  }

  private static String label(Edge edge) {
    String kind = edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return kind + (edge.copy() ? " :copy" : "") + " " + edge.where().shortText();
  }

  private void dot(Writer out) throws IOException {
    out.write("digraph forwarding {\n  rankdir=LR;\n  node [fontname=\"sans-serif\"];\n");
    for (Node node : graph.nodes()) {
      String shape =
          switch (node.kind()) {
            case ACCOUNT -> "box";
            case ALIAS -> "ellipse";
            case UNKNOWN -> "octagon";
            case EXTERNAL -> "note";
          };
      out.write("  " + quote(node.address()) + " [shape=" + shape + "];\n");
    }
    for (Edge edge : graph.edges()) {
      boolean cycle = onCycle.contains(edge);
      out.write(
          "  "
              + quote(edge.from().address())
              + " -> "
              + quote(edge.to().address())
              + " [label="
              + quote(label(edge))
              + (edge.scripted() ? "" : ", style=dashed")
              + (cycle ? ", color=red, penwidth=2" : "")
              + "];\n");
    }
    out.write("}\n");
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private void mermaid(Writer out) throws IOException {
    out.write("flowchart LR\n");
    Map<Node, String> ids = new HashMap<>();
    for (Node node : graph.nodes()) {
      String id = "n" + ids.size();
      ids.put(node, id);
      String text = node.address().replace("\"", "#quot;");
      String shaped =
          switch (node.kind()) {
            case ACCOUNT -> "[\"" + text + "\"]";
            case ALIAS -> "([\"" + text + "\"])";
            case UNKNOWN -> "{{\"" + text + "\"}}";
            case EXTERNAL -> "[/\"" + text + "\"/]";
          };
      out.write("  " + id + shaped + "\n");
    }
    int index = 0;
    StringBuilder styles = new StringBuilder();
    for (Edge edge : graph.edges()) {
      String arrow = edge.scripted() ? "-->" : "-.->";
      out.write(
          "  "
              + ids.get(edge.from())
              + " "
              + arrow
              + "|\""
              + label(edge).replace("\"", "#quot;")
              + "\"| "
              + ids.get(edge.to())
              + "\n");
      if (onCycle.contains(edge)) {
        styles.append("  linkStyle ").append(index).append(" stroke:red,stroke-width:3px\n");
      }
      index++;
    }
    out.write(styles.toString());
  }

  private void json(Writer out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", 1);
      json.writeArrayFieldStart("nodes");
      for (Node node : graph.nodes()) {
        json.writeStartObject();
        json.writeStringField("address", node.address());
        json.writeStringField("kind", node.kind().name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("edges");
      for (Edge edge : graph.edges()) {
        json.writeStartObject();
        json.writeStringField("from", edge.from().address());
        json.writeStringField("to", edge.to().address());
        json.writeStringField(
            "kind", edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.writeBooleanField("copy", edge.copy());
        json.writeStringField("file", edge.where().file());
        json.writeNumberField("line", edge.where().span().startLine());
        ScriptAction action = edge.action();
        if (action != null) {
          json.writeBooleanField("global", action.global());
          json.writeBooleanField("guardedAuto", action.guardedAgainstAuto());
          json.writeBooleanField("loopBreaker", action.breaksLoops());
          json.writeArrayFieldStart("paths");
          for (List<Literal> path : edge.paths()) {
            json.writeStartArray();
            for (Literal literal : path) {
              json.writeString(literal.toString());
            }
            json.writeEndArray();
          }
          json.writeEndArray();
        }
        json.writeBooleanField("onCycle", onCycle.contains(edge));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("cycles");
      for (Cycle cycle : graph.cycles()) {
        json.writeString(cycle.chain());
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
