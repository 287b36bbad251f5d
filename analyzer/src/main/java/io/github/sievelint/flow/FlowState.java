package io.github.sievelint.flow;

import io.github.sievelint.ast.Command;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What holds at one point of a script: the paths that reach it, and the facts the rules need, each
 * either "may" (true on some path: joined by union) or "must" (true on every path: joined by and).
 *
 * @param paths the path conditions
 * @param unreachable why no path reaches this point, when none does
 * @param edits may: header name (lower case, {@code *} for a computed name) to the edits of it
 * @param keepCancelled must: the implicit keep is cancelled (fileinto, discard, redirect, reject)
 * @param kept may: an explicit {@code keep} ran, so the message stays whatever cancelled the
 *     implicit keep
 * @param defined may: variables (lower case) that a {@code set}, {@code extracttext} or {@code
 *     global} may have assigned
 * @param tainted may: variables that may hold message data, with where the data comes from
 * @param matchTaint may: where message data in the match variables may come from
 * @param redirects the most redirects one path can have executed so far
 * @param delivery may: a keep, fileinto or redirect that ran before
 * @param reject may: a reject or ereject that ran before
 * @param delivered must: some keep, fileinto or redirect ran before
 */
public record FlowState(
    PathSet paths,
    @Nullable Unreachable unreachable,
    Map<String, List<Command>> edits,
    boolean keepCancelled,
    boolean kept,
    Set<String> defined,
    Map<String, String> tainted,
    @Nullable String matchTaint,
    int redirects,
    @Nullable Command delivery,
    @Nullable Command reject,
    boolean delivered) {

  /** The state at the start of an account's effective script. */
  public static final FlowState START =
      new FlowState(
          PathSet.START,
          null,
          Map.of(),
          false,
          false,
          Set.of(),
          Map.of(),
          null,
          0,
          null,
          null,
          false);

  public FlowState {
    edits = Map.copyOf(edits);
    defined = Set.copyOf(defined);
    tainted = Map.copyOf(tainted);
  }

  public boolean reachable() {
    return paths.reachable();
  }

  FlowState withPaths(PathSet newPaths, @Nullable Unreachable why) {
    Unreachable reason = newPaths.reachable() ? null : why;
    return new FlowState(
        newPaths,
        reason,
        edits,
        keepCancelled,
        kept,
        defined,
        tainted,
        matchTaint,
        redirects,
        delivery,
        reject,
        delivered);
  }

  FlowState withEdit(String header, Command edit) {
    Map<String, List<Command>> next = new HashMap<>(edits);
    List<Command> list = new ArrayList<>(next.getOrDefault(header, List.of()));
    list.add(edit);
    next.put(header, List.copyOf(list));
    return new FlowState(
        paths,
        unreachable,
        next,
        keepCancelled,
        kept,
        defined,
        tainted,
        matchTaint,
        redirects,
        delivery,
        reject,
        delivered);
  }

  /** After an explicit {@code keep}. */
  FlowState withKept() {
    return new FlowState(
        paths,
        unreachable,
        edits,
        keepCancelled,
        true,
        defined,
        tainted,
        matchTaint,
        redirects,
        delivery,
        reject,
        delivered);
  }

  /**
   * Whether the keep is in effect on some path (the implicit one not cancelled, or an explicit one
   * run): then a later script of the sequence runs (multiscript, see docs/guards.md).
   */
  public boolean keepInEffect() {
    return !keepCancelled || kept;
  }

  FlowState withKeepCancelled() {
    return new FlowState(
        paths,
        unreachable,
        edits,
        true,
        kept,
        defined,
        tainted,
        matchTaint,
        redirects,
        delivery,
        reject,
        delivered);
  }

  FlowState withVariable(String name, @Nullable String taint) {
    Set<String> nextDefined = new HashSet<>(defined);
    nextDefined.add(name);
    Map<String, String> nextTainted = new HashMap<>(tainted);
    if (taint == null) {
      nextTainted.remove(name);
    } else {
      nextTainted.put(name, taint);
    }
    return new FlowState(
        paths,
        unreachable,
        edits,
        keepCancelled,
        kept,
        nextDefined,
        nextTainted,
        matchTaint,
        redirects,
        delivery,
        reject,
        delivered);
  }

  FlowState withMatchTaint(String origin) {
    return new FlowState(
        paths,
        unreachable,
        edits,
        keepCancelled,
        kept,
        defined,
        tainted,
        origin,
        redirects,
        delivery,
        reject,
        delivered);
  }

  FlowState withDelivery(Command command, boolean redirect) {
    return new FlowState(
        paths,
        unreachable,
        edits,
        keepCancelled,
        kept,
        defined,
        tainted,
        matchTaint,
        redirect ? redirects + 1 : redirects,
        command,
        reject,
        true);
  }

  FlowState withReject(Command command) {
    return new FlowState(
        paths,
        unreachable,
        edits,
        true,
        kept,
        defined,
        tainted,
        matchTaint,
        redirects,
        delivery,
        command,
        delivered);
  }

  /** The state where either this one or {@code other} holds. */
  FlowState join(FlowState other) {
    if (!other.reachable()) {
      return reachable() || unreachable != null ? this : other;
    }
    if (!reachable()) {
      return other;
    }
    // The common cases (nothing edited, defined or tainted on one side) share the maps as they are.
    Map<String, List<Command>> nextEdits;
    if (other.edits.isEmpty()) {
      nextEdits = edits;
    } else if (edits.isEmpty()) {
      nextEdits = other.edits;
    } else {
      nextEdits = new HashMap<>(edits);
      other.edits.forEach(
          (header, list) ->
              nextEdits.merge(
                  header,
                  list,
                  (a, b) -> {
                    List<Command> merged = new ArrayList<>(a);
                    for (Command c : b) {
                      if (merged.stream().noneMatch(m -> m.equals(c))) {
                        merged.add(c);
                      }
                    }
                    return List.copyOf(merged);
                  }));
    }
    Set<String> nextDefined;
    if (other.defined.isEmpty() || defined.containsAll(other.defined)) {
      nextDefined = defined;
    } else if (defined.isEmpty()) {
      nextDefined = other.defined;
    } else {
      nextDefined = new HashSet<>(defined);
      nextDefined.addAll(other.defined);
    }
    Map<String, String> nextTainted;
    if (other.tainted.isEmpty()) {
      nextTainted = tainted;
    } else if (tainted.isEmpty()) {
      nextTainted = other.tainted;
    } else {
      nextTainted = new HashMap<>(other.tainted);
      nextTainted.putAll(tainted);
    }
    return new FlowState(
        paths.or(other.paths),
        null,
        nextEdits,
        keepCancelled && other.keepCancelled,
        kept || other.kept,
        nextDefined,
        nextTainted,
        matchTaint != null ? matchTaint : other.matchTaint,
        Math.max(redirects, other.redirects),
        delivery != null ? delivery : other.delivery,
        reject != null ? reject : other.reject,
        delivered && other.delivered);
  }
}
