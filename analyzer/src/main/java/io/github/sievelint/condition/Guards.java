package io.github.sievelint.condition;

import io.github.sievelint.spec.MessageClass;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The guard verdict on one path, shared by the per-script guard rules and the forwarding graph: a
 * path excludes a message class when its literals exclude the facets that class needs (see
 * docs/guards.md). A literal whose header an earlier edit may have changed excludes nothing.
 */
public final class Guards {

  private Guards() {}

  /** Told what a path's literals contribute, for messages that explain a verdict. */
  public interface Notes {
    /** Notes nothing. */
    Notes NONE =
        new Notes() {
          @Override
          public Grade partial(Literal literal, Facet facet, Grade grade) {
            return grade;
          }

          @Override
          public void stale(Literal literal, Facet facet) {
            // nothing to note
          }
        };

    /**
     * The grade {@code literal} gives {@code facet}, partial, with its note as a message says it.
     */
    Grade partial(Literal literal, Facet facet, Grade grade);

    /**
     * {@code literal} would exclude {@code facet}, but a header edit before it means it does not.
     */
    void stale(Literal literal, Facet facet);
  }

  /** What the literals of one path exclude, each facet with its best grade. */
  public static Map<Facet, Grade> coverage(List<Literal> path, Notes notes) {
    Map<Facet, Grade> out = new EnumMap<>(Facet.class);
    for (Literal literal : path) {
      Map<Facet, Grade> excluded = literal.exclusions();
      if (literal.stale()) {
        excluded.keySet().forEach(facet -> notes.stale(literal, facet));
        continue;
      }
      for (Map.Entry<Facet, Grade> e : excluded.entrySet()) {
        Grade grade = e.getValue();
        if (grade.note() != null) {
          grade = notes.partial(literal, e.getKey(), grade);
        }
        out.put(e.getKey(), Grade.best(out.get(e.getKey()), grade));
      }
    }
    return out;
  }

  /**
   * The facets a path must exclude for {@code messageClass}: all of them, except that LIST needs
   * only List-Id or List-Unsubscribe unless {@code strictLists}, and SYSTEM leaves out the extended
   * senders (advice only).
   */
  public static List<Facet> required(MessageClass messageClass, boolean strictLists) {
    List<Facet> facets = Facet.of(messageClass);
    return switch (messageClass) {
      case LIST -> strictLists ? facets : List.of(Facet.LIST_ID, Facet.LIST_UNSUBSCRIBE);
      case SYSTEM -> facets.stream().filter(f -> !f.extended()).toList();
      default -> facets;
    };
  }

  /** Whether one of the {@link #required} facets is enough (LIST, unless strict). */
  public static boolean anyOf(MessageClass messageClass, boolean strictLists) {
    return messageClass == MessageClass.LIST && !strictLists;
  }

  /** Whether {@code coverage} excludes every message of {@code messageClass}. */
  public static boolean excludes(
      Map<Facet, Grade> coverage, MessageClass messageClass, boolean strictLists) {
    List<Facet> required = required(messageClass, strictLists);
    int full = 0;
    for (Facet facet : required) {
      Grade grade = coverage.get(facet);
      if (grade != null && grade.full()) {
        full++;
      }
    }
    return anyOf(messageClass, strictLists) ? full > 0 : full == required.size();
  }

  /** Whether the literals of {@code path} exclude every message of {@code messageClass}. */
  public static boolean excludes(
      List<Literal> path, MessageClass messageClass, boolean strictLists) {
    return excludes(coverage(path, Notes.NONE), messageClass, strictLists);
  }
}
