package io.github.sievelint.graph;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Test;
import io.github.sievelint.model.Includes;
import io.github.sievelint.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks the effective script of one account (MODEL.md, GUARDS.md paths): global before scripts, the
 * personal script with includes inlined, global after scripts. Each path is a conjunction of
 * literals plus whether the implicit keep was cancelled and whether an explicit keep ran; a later
 * script runs only on the paths where a keep is in effect (draft-degener-sieve-multiscript section
 * 3). The responding actions met are handed to a visitor with the paths that reach them.
 *
 * <p>This is the graph's own, deliberately small, path analysis; the guard rules of the flow
 * package have the full one.
 */
final class PathWalker {

  /** Where a script runs in the sequence. */
  enum Role {
    BEFORE,
    PERSONAL,
    AFTER
  }

  /** One script of the sequence. */
  record Part(Role role, String file, ParseResult parse) {}

  /** Resolves includes: the parsed script to inline, or null to skip it. */
  interface IncludeLookup {
    @Nullable Included find(String fromFile, Includes.Include include);
  }

  /** An include not inlined because a limit of {@link Includes} was reached. */
  record Limit(Location where, String message) {}

  /** A resolved include: its file and its tree. */
  record Included(String file, ParseResult parse) {}

  /** Receives each redirect, notify and vacation with the paths that reach it. */
  interface Visitor {
    void action(Command command, String file, Role role, List<List<Literal>> paths, boolean capped);
  }

  private record State(List<Literal> lits, boolean cancelled, boolean kept) {
    State with(boolean newCancelled, boolean newKept) {
      return new State(lits, newCancelled, newKept);
    }

    // Written out: states are deduplicated by hashing after every branch of every account.
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof State other
          && cancelled == other.cancelled
          && kept == other.kept
          && lits.equals(other.lits);
    }

    @Override
    public int hashCode() {
      return lits.hashCode() * 4 + (cancelled ? 2 : 0) + (kept ? 1 : 0);
    }
  }

  private final Conditions conditions;

  /** The literal of each test met in this walk, by identity (see {@link Conditions#dnf}). */
  private final IdentityHashMap<Test, Literal> literals = new IdentityHashMap<>();

  private final IncludeLookup includes;
  private final Visitor visitor;
  private List<State> stopped = new ArrayList<>();
  private List<State> returned = new ArrayList<>();
  private final List<String> stack = new ArrayList<>();
  private final Set<String> included = new HashSet<>();
  private final List<Limit> limits = new ArrayList<>();
  private int inlined;
  private Role role = Role.PERSONAL;
  private boolean capped;

  PathWalker(Conditions conditions, IncludeLookup includes, Visitor visitor) {
    this.conditions = conditions;
    this.includes = includes;
    this.visitor = visitor;
  }

  /** The includes not inlined because a limit was reached, in the order met. */
  List<Limit> limits() {
    return limits;
  }

  /** Walks the parts in order. */
  void run(List<Part> parts) {
    List<State> continuing = List.of(new State(List.of(), false, false));
    for (Part part : parts) {
      role = part.role();
      stopped = new ArrayList<>();
      returned = new ArrayList<>();
      stack.clear();
      stack.add(part.file());
      List<State> end =
          new ArrayList<>(block(part.parse().script().commands(), continuing, part.file()));
      end.addAll(stopped);
      end.addAll(returned);
      List<State> next = new ArrayList<>();
      for (State state : end) {
        if (!state.cancelled() || state.kept()) {
          next.add(state.with(false, false));
        }
      }
      continuing = distinct(next);
      if (continuing.isEmpty()) {
        return;
      }
    }
  }

  private List<State> block(List<Command> commands, List<State> in, String file) {
    List<State> live = in;
    int i = 0;
    while (i < commands.size() && !live.isEmpty()) {
      Command command = commands.get(i);
      if (command.is("if")) {
        int j = i + 1;
        while (j < commands.size() && (commands.get(j).is("elsif") || commands.get(j).is("else"))) {
          j++;
          if (commands.get(j - 1).is("else")) {
            break;
          }
        }
        live = ifChain(commands.subList(i, j), live, file);
        i = j;
        continue;
      }
      live = command(command, live, file);
      i++;
    }
    return live;
  }

  private List<State> ifChain(List<Command> chain, List<State> in, String file) {
    List<State> out = new ArrayList<>();
    List<List<Literal>> before = Conditions.TRUE;
    boolean hasElse = false;
    for (int b = 0; b < chain.size(); b++) {
      Command branch = chain.get(b);
      List<List<Literal>> condition = Conditions.TRUE;
      List<List<Literal>> negation = Conditions.TRUE;
      if (branch.is("else")) {
        hasElse = true;
      } else {
        List<Test> tests = branch.arguments().tests();
        if (tests.size() == 1) {
          condition = orTrue(conditions.dnf(tests.get(0), false, literals));
          negation = orTrue(conditions.dnf(tests.get(0), true, literals));
        } else {
          negation = Conditions.TRUE;
        }
      }
      List<List<Literal>> entry = orTrue(Conditions.and(before, condition));
      if (branch.block() != null) {
        out.addAll(block(branch.block().commands(), apply(in, entry), file));
      } else {
        out.addAll(apply(in, entry));
      }
      if (!branch.is("else")) {
        before = orTrue(Conditions.and(before, negation));
      }
    }
    if (!hasElse) {
      out.addAll(apply(in, before));
    }
    return limit(distinct(out));
  }

  private List<List<Literal>> orTrue(@Nullable List<List<Literal>> condition) {
    if (condition == null) {
      capped = true;
      return Conditions.TRUE;
    }
    return condition;
  }

  private List<State> apply(List<State> in, List<List<Literal>> condition) {
    List<State> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      State state = in.get(i);
      for (int j = 0; j < condition.size(); j++) {
        List<Literal> joined = Conditions.join(state.lits(), condition.get(j));
        if (joined != null) {
          out.add(new State(joined, state.cancelled(), state.kept()));
        }
      }
    }
    return limit(out);
  }

  /** Past the cap the literals are forgotten: every path becomes unconditional and capped. */
  private List<State> limit(List<State> states) {
    if (states.size() <= Conditions.CAP) {
      return states;
    }
    capped = true;
    List<State> out = new ArrayList<>();
    for (State state : states) {
      out.add(new State(List.of(), state.cancelled(), state.kept()));
    }
    return distinct(out);
  }

  private List<State> command(Command command, List<State> live, String file) {
    switch (command.name()) {
      case "stop" -> {
        stopped.addAll(live);
        return List.of();
      }
      case "return" -> {
        if (stack.size() > 1) {
          returned.addAll(live);
        } else {
          stopped.addAll(live);
        }
        return List.of();
      }
      case "redirect" -> {
        visit(command, live, file);
        return command.arguments().hasTag("copy") ? live : cancel(live);
      }
      case "fileinto" -> {
        return command.arguments().hasTag("copy") ? live : cancel(live);
      }
      case "discard", "reject", "ereject" -> {
        if (!command.is("discard")) {
          visit(command, live, file);
        }
        return cancel(live);
      }
      case "keep" -> {
        List<State> out = new ArrayList<>(live.size());
        for (int i = 0; i < live.size(); i++) {
          State state = live.get(i);
          out.add(state.with(state.cancelled(), true));
        }
        return distinct(out);
      }
      case "vacation", "notify" -> {
        visit(command, live, file);
        return live;
      }
      case "include" -> {
        return include(command, live, file);
      }
      default -> {
        if (command.block() == null) {
          return live;
        }
        // foreverypart and other block commands: the block may run or not.
        List<State> out = new ArrayList<>(live);
        out.addAll(block(command.block().commands(), live, file));
        return limit(distinct(out));
      }
    }
  }

  private List<State> include(Command command, List<State> live, String file) {
    Includes.Include include = Includes.parse(command).orElse(null);
    if (include == null) {
      return live;
    }
    Included target = includes.find(file, include);
    if (target == null || stack.contains(target.file())) {
      return live;
    }
    Location where = new Location(file, include.nameArgument().span());
    if (stack.size() > Includes.MAX_DEPTH) {
      limits.add(new Limit(where, Includes.depthMessage(include.name())));
      return live;
    }
    if (include.once() && !included.add(target.file())) {
      return live;
    }
    if (++inlined > Includes.MAX_INLINED) {
      if (inlined == Includes.MAX_INLINED + 1) {
        limits.add(new Limit(where, Includes.countMessage(include.name())));
      }
      return live;
    }
    included.add(target.file());
    List<State> savedReturned = returned;
    returned = new ArrayList<>();
    stack.add(target.file());
    List<State> out =
        new ArrayList<>(block(target.parse().script().commands(), live, target.file()));
    out.addAll(returned);
    stack.remove(stack.size() - 1);
    returned = savedReturned;
    return distinct(out);
  }

  private static List<State> cancel(List<State> live) {
    List<State> out = new ArrayList<>(live.size());
    for (int i = 0; i < live.size(); i++) {
      State state = live.get(i);
      out.add(state.with(true, state.kept()));
    }
    return distinct(out);
  }

  private void visit(Command command, List<State> live, String file) {
    Map<List<Literal>, Boolean> paths = new LinkedHashMap<>();
    for (int i = 0; i < live.size(); i++) {
      paths.put(live.get(i).lits(), Boolean.TRUE);
    }
    visitor.action(command, file, role, List.copyOf(paths.keySet()), capped);
  }

  private static List<State> distinct(List<State> states) {
    return states.size() < 2 ? states : List.copyOf(new java.util.LinkedHashSet<>(states));
  }
}
