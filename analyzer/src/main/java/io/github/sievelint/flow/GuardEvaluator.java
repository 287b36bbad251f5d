package io.github.sievelint.flow;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.condition.Facet;
import io.github.sievelint.condition.Grade;
import io.github.sievelint.condition.Guards;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.spec.MessageClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for a responding action and a message class, whether every path that reaches the action
 * excludes the class (see docs/guards.md), and gives a witness path when one does not.
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
    for (Path path : paths.paths()) {
      List<String> stale = new ArrayList<>();
      coverage.add(coverage(path, source, stale));
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
            if (note.contains(" " + c.noun() + " ")) {
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

  /** What the literals of {@code path} exclude, with notes on partial and stale literals. */
  static Map<Facet, Grade> coverage(
      Path path, java.util.function.Function<Test, SourceFile> source, List<String> staleNotes) {
    return Guards.coverage(
        path.literals(),
        new Guards.Notes() {
          @Override
          public Grade partial(Literal literal, Facet facet, Grade grade) {
            return Grade.partial(
                quoted(literal, source)
                    + " excludes "
                    + facet.messageClass().noun()
                    + " only partially: "
                    + grade.note());
          }

          @Override
          public void stale(Literal literal, Facet facet) {
            Command edit = literal.staleEdits().get(0);
            staleNotes.add(
                quoted(literal, source)
                    + " would exclude "
                    + facet.messageClass().noun()
                    + " but does not count: "
                    + edit.name()
                    + " on line "
                    + edit.nameSpan().startLine()
                    + " changes its header first");
          }
        });
  }

  /** {@code `exists "List-Id"` on line 3}. */
  private static String quoted(
      Literal literal, java.util.function.Function<Test, SourceFile> source) {
    Test test = literal.test();
    return "`"
        + Messages.snippet(source.apply(test), test)
        + "` on line "
        + test.span().startLine();
  }

  static PathStatus status(Map<Facet, Grade> coverage, MessageClass c, boolean strictLists) {
    List<Facet> required = Guards.required(c, strictLists);
    boolean anyOf = Guards.anyOf(c, strictLists);
    if (Guards.excludes(coverage, c, strictLists)) {
      return new PathStatus(Status.GUARDED, List.of());
    }
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
    if (full > 0 && !anyOf && !missing.isEmpty() && c != MessageClass.AUTO) {
      // Precedence values need their header named; List-* headers and senders name themselves.
      String prefix = c == MessageClass.BULK ? "Precedence " : "";
      notes.add(
          c.noun()
              + " is excluded only for "
              + prefix
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
      Map<Facet, Grade> coverage = coverage(path, source, new ArrayList<>());
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
