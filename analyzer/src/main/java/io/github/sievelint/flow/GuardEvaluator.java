package io.github.sievelint.flow;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.spec.MessageClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for a responding action and a message class, whether every path that reaches the action
 * excludes the class (GUARDS.md, Verdict), and gives a witness path when one does not.
 */
public final class GuardEvaluator {

  private GuardEvaluator() {}

  /** How one path or one action stands towards one class. */
  public enum Status {
    /** Every path excludes the class. */
    GUARDED,
    /** Some path excludes the class only partially, none leaves it wholly open. */
    PARTIAL,
    /** Some path does not exclude the class at all. */
    UNGUARDED
  }

  /**
   * The verdict for one class: its status, one path that is not guarded, and notes on partial
   * exclusions along that path. The witness is null when the class is guarded, and when every path
   * kept at the cap excludes the class but more paths existed (the class then counts as unguarded).
   * Kept paths are real paths, so a witness found among them is a real one even past the cap.
   */
  public record ClassVerdict(
      MessageClass messageClass, Status status, @Nullable Path witness, List<String> notes) {
    public ClassVerdict {
      notes = List.copyOf(notes);
    }

    public boolean guarded() {
      return status == Status.GUARDED;
    }
  }

  /** The verdicts of one action for every class, and the paths they were computed on. */
  public record ActionVerdict(
      Command action, PathSet paths, Map<MessageClass, ClassVerdict> classes) {
    public ActionVerdict {
      classes = Map.copyOf(classes);
    }

    public ClassVerdict verdict(MessageClass messageClass) {
      ClassVerdict verdict = classes.get(messageClass);
      if (verdict == null) {
        throw new IllegalArgumentException("no verdict for " + messageClass);
      }
      return verdict;
    }

    /** The classes of {@code wanted} that are not guarded, in enum order. */
    public List<MessageClass> missing(java.util.Collection<MessageClass> wanted) {
      List<MessageClass> out = new ArrayList<>();
      for (MessageClass c : MessageClass.values()) {
        if (wanted.contains(c) && !verdict(c).guarded()) {
          out.add(c);
        }
      }
      return out;
    }
  }

  /** The status of one class on one path, with notes on what is partial or does not count. */
  record PathStatus(Status status, List<String> notes) {}

  /**
   * Evaluates {@code action} at {@code state} for every class. With {@code strictLists}, LIST needs
   * every List-* header excluded; otherwise List-Id or List-Unsubscribe is enough.
   */
  public static ActionVerdict evaluate(
      Command action, FlowState state, SourceFile source, boolean strictLists) {
    return evaluate(action, state, test -> source, strictLists);
  }

  /**
   * Like {@link #evaluate(Command, FlowState, SourceFile, boolean)} for an effective script of
   * several files: {@code source} gives the file each test is in, for the messages.
   */
  public static ActionVerdict evaluate(
      Command action,
      FlowState state,
      java.util.function.Function<Test, SourceFile> source,
      boolean strictLists) {
    Map<MessageClass, ClassVerdict> out = new EnumMap<>(MessageClass.class);
    PathSet paths = state.paths();
    List<Map<Facet, Grade>> coverage = new ArrayList<>();
    List<List<String>> staleNotes = new ArrayList<>();
    // Paths share their literals: classify each literal once.
    java.util.IdentityHashMap<Literal, Map<Facet, Grade>> memo = new java.util.IdentityHashMap<>();
    for (Path path : paths.paths()) {
      List<String> stale = new ArrayList<>();
      coverage.add(coverage(path, source, stale, memo));
      staleNotes.add(stale);
    }
    for (MessageClass c : MessageClass.values()) {
      Path witness = null;
      PathStatus witnessStatus = null;
      for (int i = 0; i < paths.paths().size(); i++) {
        PathStatus status = status(coverage.get(i), c, strictLists);
        if (status.status() == Status.GUARDED) {
          continue;
        }
        if (witnessStatus == null
            || (witnessStatus.status() == Status.PARTIAL && status.status() == Status.UNGUARDED)) {
          witness = paths.paths().get(i);
          List<String> notes = new ArrayList<>(status.notes());
          for (String note : staleNotes.get(i)) {
            if (note.contains(" " + c.name() + " ")) {
              notes.add(note);
            }
          }
          witnessStatus = new PathStatus(status.status(), notes);
        }
      }
      if (witnessStatus == null && paths.overflow()) {
        // Every kept path excludes the class, but paths were dropped at the cap: no verdict.
        out.put(c, new ClassVerdict(c, Status.UNGUARDED, null, List.of()));
        continue;
      }
      out.put(
          c,
          witnessStatus == null
              ? new ClassVerdict(c, Status.GUARDED, null, List.of())
              : new ClassVerdict(c, witnessStatus.status(), witness, witnessStatus.notes()));
    }
    return new ActionVerdict(action, paths, out);
  }

  /** What the literals of {@code path} exclude, each facet with its best grade. */
  static Map<Facet, Grade> coverage(
      Path path,
      java.util.function.Function<Test, SourceFile> source,
      List<String> staleNotes,
      java.util.IdentityHashMap<Literal, Map<Facet, Grade>> memo) {
    Map<Facet, Grade> out = new EnumMap<>(Facet.class);
    for (Literal literal : path.literals()) {
      Map<Facet, Grade> excluded = memo.computeIfAbsent(literal, GuardEvaluator::excludes);
      if (literal.stale()) {
        for (Facet facet : excluded.keySet()) {
          Command edit = literal.staleEdits().get(0);
          staleNotes.add(
              "`"
                  + Messages.snippet(source.apply(literal.test()), literal.test())
                  + "` on line "
                  + literal.test().span().startLine()
                  + " would exclude "
                  + facet.messageClass().name()
                  + " but does not count: "
                  + edit.name()
                  + " on line "
                  + edit.nameSpan().startLine()
                  + " changes its header first");
        }
        continue;
      }
      for (Map.Entry<Facet, Grade> e : excluded.entrySet()) {
        Grade grade = e.getValue();
        if (grade.note() != null) {
          grade =
              Grade.partial(
                  "`"
                      + Messages.snippet(source.apply(literal.test()), literal.test())
                      + "` on line "
                      + literal.test().span().startLine()
                      + " excludes "
                      + e.getKey().messageClass().name()
                      + " only partially: "
                      + grade.note());
        }
        out.put(e.getKey(), Grade.best(out.get(e.getKey()), grade));
      }
    }
    return out;
  }

  /** The facets a literal excludes: a negated catching test, or a clearing test itself. */
  public static Map<Facet, Grade> excludes(Literal literal) {
    return literal.positive()
        ? GuardForms.clears(literal.test())
        : GuardForms.catches(literal.test());
  }

  static PathStatus status(Map<Facet, Grade> coverage, MessageClass c, boolean strictLists) {
    List<Facet> facets = Facet.of(c);
    List<Facet> required =
        switch (c) {
          case LIST -> strictLists ? facets : List.of(Facet.LIST_ID, Facet.LIST_UNSUBSCRIBE);
          case SYSTEM -> facets.stream().filter(f -> !f.extended()).toList();
          default -> facets;
        };
    boolean anyOf = c == MessageClass.LIST && !strictLists;
    int full = 0;
    List<String> notes = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    boolean some = false;
    for (Facet facet : required) {
      Grade grade = coverage.get(facet);
      if (grade != null) {
        some = true;
        if (grade.note() != null && !notes.contains(grade.note())) {
          notes.add(grade.note());
        }
      }
      if (grade != null && grade.full()) {
        full++;
      } else {
        missing.add(facet.label());
      }
    }
    boolean guarded = anyOf ? full > 0 : full == required.size();
    if (guarded) {
      return new PathStatus(Status.GUARDED, List.of());
    }
    if (full > 0 && !anyOf && !missing.isEmpty() && c != MessageClass.AUTO) {
      notes.add(
          c.name()
              + " is excluded only for "
              + covered(required, missing)
              + ", not for "
              + Messages.join(missing, "or"));
    }
    return new PathStatus(some ? Status.PARTIAL : Status.UNGUARDED, notes);
  }

  private static String covered(List<Facet> required, List<String> missing) {
    List<String> out = new ArrayList<>();
    for (Facet facet : required) {
      if (!missing.contains(facet.label())) {
        out.add(facet.label());
      }
    }
    return out.isEmpty() ? "some values" : Messages.join(out, "and");
  }

  /**
   * For LIST in default mode on a guarded path: the List-* header the path leaves open (advice), or
   * null.
   */
  public static @Nullable String listAdvice(PathSet paths, SourceFile source) {
    return listAdvice(paths, test -> source);
  }

  /** Like {@link #listAdvice(PathSet, SourceFile)}, with the file of each test. */
  public static @Nullable String listAdvice(
      PathSet paths, java.util.function.Function<Test, SourceFile> source) {
    for (Path path : paths.paths()) {
      Map<Facet, Grade> coverage =
          coverage(path, source, new ArrayList<>(), new java.util.IdentityHashMap<>());
      Grade id = coverage.get(Facet.LIST_ID);
      Grade unsubscribe = coverage.get(Facet.LIST_UNSUBSCRIBE);
      boolean idFull = id != null && id.full();
      boolean unsubscribeFull = unsubscribe != null && unsubscribe.full();
      if (idFull && !unsubscribeFull) {
        return "List-Unsubscribe";
      }
      if (unsubscribeFull && !idFull) {
        return "List-Id";
      }
    }
    return null;
  }
}
