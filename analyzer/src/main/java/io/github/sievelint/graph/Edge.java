package io.github.sievelint.graph;

import io.github.sievelint.condition.Literal;
import io.github.sievelint.model.Location;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An edge of the forwarding graph: mail to {@code from} also goes to {@code to}. Edges compare by
 * identity, so two equal-looking redirects stay two edges.
 */
public final class Edge {

  /** Why the mail moves. */
  public enum Kind {
    REDIRECT,
    NOTIFY,
    ALIAS,
    CATCH_ALL
  }

  private final Kind kind;
  private final Node from;
  private final Node to;
  private final Location where;
  private final @Nullable ScriptAction action;

  Edge(Kind kind, Node from, Node to, Location where, @Nullable ScriptAction action) {
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.where = where;
    this.action = action;
  }

  public Kind kind() {
    return kind;
  }

  public Node from() {
    return from;
  }

  public Node to() {
    return to;
  }

  /** The redirect or notify command, or the alias or catch-all line. */
  public Location where() {
    return where;
  }

  /** The script action behind a redirect or notify edge. */
  public @Nullable ScriptAction action() {
    return action;
  }

  /** Whether a script sends the mail on (redirect, notify), rather than the MTA. */
  public boolean scripted() {
    return action != null;
  }

  public boolean copy() {
    return action != null && action.copy();
  }

  /** The path condition of the edge; one empty conjunction (always) for MTA edges. */
  public List<List<Literal>> paths() {
    return action == null || action.capped() ? List.of(List.of()) : action.paths();
  }

  /** How a chain message names this step, such as {@code users/bob.sieve:4 redirect :copy}. */
  public String describe() {
    return switch (kind) {
      case ALIAS -> "alias, " + where.shortText();
      case CATCH_ALL -> "catch-all, " + where.shortText();
      case NOTIFY -> where.shortText() + " notify";
      case REDIRECT ->
          where.shortText()
              + " redirect"
              + (copy() ? " :copy" : "")
              + (action != null && action.global() ? ", global script" : "");
    };
  }

  @Override
  public String toString() {
    return from.address() + " -> " + to.address() + " (" + describe() + ")";
  }
}
