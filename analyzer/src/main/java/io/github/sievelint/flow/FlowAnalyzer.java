package io.github.sievelint.flow;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.condition.Conditions;
import io.github.sievelint.condition.ConstantFold;
import io.github.sievelint.condition.Dnf;
import io.github.sievelint.source.SourceFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the flow analysis: walks the segments of an effective script in execution order and records,
 * for every command and test, the paths that reach it and the facts that hold there
 * (docs/guards.md, Paths).
 *
 * <p>An {@code if} whose branches can all fall through leaves the paths after it as they were
 * before it ({@code c or not c}), so sequences of ordinary rules do not multiply paths; only
 * branches that exit ({@code stop}, {@code return}, {@code break}) split what follows.
 */
public final class FlowAnalyzer {

  /** Headers that RFC 5293 section 6 says a script must not delete (attempts are ignored). */
  private static final Set<String> UNDELETABLE = Set.of("received", "auto-submitted");

  private final IdentityHashMap<Command, FlowState> entries = new IdentityHashMap<>();
  private final IdentityHashMap<Test, FlowState> tests = new IdentityHashMap<>();
  private final IdentityHashMap<Test, Command> conditions = new IdentityHashMap<>();
  private final IdentityHashMap<Command, Command> chainHeads = new IdentityHashMap<>();
  private final IdentityHashMap<Command, Segment> segmentOf = new IdentityHashMap<>();
  private final IdentityHashMap<Command, Flow.Position> positions = new IdentityHashMap<>();
  private final Literals literals = new Literals();
  private final List<Flow.RejectDelivery> rejectDeliveries = new ArrayList<>();
  private final List<Command> bareStops = new ArrayList<>();

  /** The responding actions met, each once, in the order first met. */
  private final List<Command> responding = new ArrayList<>();

  private final java.util.Set<Command> respondingSeen =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final IncludeResolver includes;
  private final java.util.ArrayDeque<Segment> including = new java.util.ArrayDeque<>();
  private Segment segment;
  private int inlined;
  private boolean variables;
  private int loops;

  private FlowAnalyzer(Segment first, IncludeResolver includes) {
    this.segment = first;
    this.includes = includes;
  }

  /** Analyses one script on its own: the effective script is just this personal script. */
  public static Flow analyze(SourceFile source, io.github.sievelint.ast.Script script) {
    return analyze(List.of(new Segment(Segment.Kind.PERSONAL, source, script)));
  }

  /** Analyses the segments in order; later segments see the paths that leave earlier ones. */
  public static Flow analyze(List<Segment> segments) {
    return analyze(segments, IncludeResolver.NONE);
  }

  /**
   * Analyses the segments in order, inlining every include command the resolver finds: the included
   * script runs where the include is, and its {@code return} comes back there.
   */
  public static Flow analyze(List<Segment> segments, IncludeResolver includes) {
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("no segment to analyse");
    }
    FlowAnalyzer analyzer = new FlowAnalyzer(segments.get(0), includes);
    FlowState state = FlowState.START;
    for (Segment each : segments) {
      analyzer.segment = each;
      analyzer.variables = Variables.enabled(each.script());
      // Variables do not cross scripts (RFC 6609 "global" aside, which marks them defined).
      FlowState start =
          new FlowState(
              state.paths(),
              state.unreachable(),
              state.edits(),
              state.keepCancelled(),
              state.kept(),
              Set.of(),
              java.util.Map.of(),
              null,
              state.redirects(),
              state.delivery(),
              state.reject(),
              state.delivered());
      Outcome out = analyzer.block(each.script().commands(), null, start);
      state = out.fallthrough;
      if (out.returned != null) {
        state = state.join(out.returned);
      }
      if (out.stopped != null && out.stopped.keepInEffect()) {
        // Multiscript: stop ends this script; with the keep in effect the next one still runs.
        state = state.join(out.stopped);
      }
      if (state.reachable() && !state.keepInEffect()) {
        // No path keeps the message: the scripts after this one never run.
        state =
            state.withPaths(PathSet.NONE, new Unreachable(Unreachable.Kind.KEEP_CANCELLED, 0, ""));
      }
    }
    return new Flow(
        segments,
        analyzer.entries,
        analyzer.tests,
        analyzer.conditions,
        analyzer.chainHeads,
        analyzer.segmentOf,
        analyzer.positions,
        analyzer.rejectDeliveries,
        analyzer.bareStops,
        List.copyOf(analyzer.responding));
  }

  private Outcome block(List<Command> commands, @Nullable Command parent, FlowState in) {
    Outcome outcome = new Outcome(in);
    int i = 0;
    while (i < commands.size()) {
      Command command = commands.get(i);
      if (command.is("if") || command.is("elsif") || command.is("else")) {
        int end = i + 1;
        if (!command.is("else")) {
          while (end < commands.size() && commands.get(end).is("elsif")) {
            end++;
          }
          if (end < commands.size() && commands.get(end).is("else")) {
            end++;
          }
        }
        for (int k = i; k < end; k++) {
          place(commands, k, parent);
        }
        chain(commands.subList(i, end), outcome);
        i = end;
      } else {
        place(commands, i, parent);
        simple(command, outcome);
        i++;
      }
    }
    return outcome;
  }

  private void place(List<Command> siblings, int index, @Nullable Command parent) {
    Command command = siblings.get(index);
    positions.put(command, new Flow.Position(siblings, index, parent));
    segmentOf.put(command, segment);
  }

  /** An if/elsif/else chain (a stray elsif or else is treated as starting its own chain). */
  private void chain(List<Command> members, Outcome outcome) {
    FlowState in = outcome.fallthrough;
    FlowState remaining = in;
    Command head = members.get(0);
    // Labels quote source and are only read by messages: made when a step is first described.
    SourceFile source = segment.source();
    Supplier<String> headText = () -> label(source, head);
    List<FlowState> ends = new ArrayList<>();
    boolean exited = false;
    boolean hasElse = false;
    // Whether every condition so far is constant false: then their negations add no step.
    boolean trivial = true;
    for (int index = 0; index < members.size(); index++) {
      Command member = members.get(index);
      boolean first = index == 0;
      entries.put(member, remaining);
      if (!first) {
        chainHeads.put(member, head);
      }
      FlowState branch;
      if (member.is("else")) {
        hasElse = true;
        Step step =
            first
                ? new Step(source.path(), line(member), "else")
                : Step.lazy(source.path(), line(member), () -> "else of `" + headText.get() + "`");
        PathSet paths = trivial ? remaining.paths() : remaining.paths().with(step);
        branch = remaining.withPaths(paths, remaining.unreachable());
      } else {
        Test test = condition(member);
        if (test == null) {
          branch = remaining;
        } else {
          remaining = evaluate(test, member, remaining);
          Step step =
              Step.lazy(source.path(), line(member), () -> "`" + label(source, member) + "`");
          Dnf dnf = Conditions.dnf(test, true, factory(remaining));
          Dnf negated = Conditions.dnf(test, false, factory(remaining));
          PathSet taken = remaining.paths().and(dnf, constantTrue(dnf) ? null : step);
          trivial &= constantTrue(negated);
          branch = remaining.withPaths(taken, whyEmpty(member, test, dnf, remaining));
          PathSet notTaken = remaining.paths().and(negated, null);
          Unreachable why = remaining.unreachable();
          if (remaining.reachable()) {
            boolean alwaysTrue = negated.terms().isEmpty() && !negated.overflow();
            Unreachable.Kind kind =
                !alwaysTrue
                    ? Unreachable.Kind.CONTRADICTION
                    : Boolean.TRUE.equals(literal(test))
                        ? Unreachable.Kind.DISABLED
                        : Unreachable.Kind.FALSE_CONDITION;
            why = new Unreachable(kind, line(member), alwaysTrue ? "always true" : "");
          }
          remaining = remaining.withPaths(notTaken, why);
        }
      }
      Outcome inner = runBlock(member, branch);
      exited |= inner.exited();
      outcome.absorbExits(inner);
      ends.add(inner.fallthrough);
    }
    if (!hasElse && trivial) {
      ends.add(remaining);
    } else if (!hasElse) {
      boolean single = members.size() == 1;
      Step step =
          Step.lazy(
              source.path(),
              line(head),
              single
                  ? () -> "`" + headText.get() + "` false"
                  : () -> "no branch of `" + headText.get() + "`");
      ends.add(remaining.withPaths(remaining.paths().with(step), remaining.unreachable()));
    }
    FlowState joined = ends.get(0);
    for (int k = 1; k < ends.size(); k++) {
      joined = joined.join(ends.get(k));
    }
    if (!exited && in.reachable()) {
      // Every branch falls through: after the chain, "c or not c" is just what held before it.
      joined = joined.withPaths(in.paths(), null);
    }
    outcome.fallthrough = joined;
  }

  private static boolean constantTrue(Dnf dnf) {
    return !dnf.overflow() && dnf.terms().size() == 1 && dnf.terms().get(0).isEmpty();
  }

  private Outcome runBlock(Command owner, FlowState state) {
    if (owner.block() == null) {
      return new Outcome(state);
    }
    return block(owner.block().commands(), owner, state);
  }

  private static @Nullable Test condition(Command command) {
    List<Test> list = command.arguments().tests();
    return list.size() == 1 && !command.arguments().testList() ? list.get(0) : null;
  }

  private static @Nullable Unreachable whyEmpty(Command member, Test test, Dnf dnf, FlowState in) {
    if (!in.reachable()) {
      return in.unreachable();
    }
    if (dnf.terms().isEmpty()) {
      return new Unreachable(
          Boolean.FALSE.equals(literal(test))
              ? Unreachable.Kind.DISABLED
              : Unreachable.Kind.FALSE_CONDITION,
          line(member),
          "always false");
    }
    return new Unreachable(Unreachable.Kind.CONTRADICTION, line(member), "");
  }

  /**
   * The value {@code true} and {@code false} alone give {@code test}, through {@code not}, {@code
   * anyof} and {@code allof}, or null when the other tests matter: a condition its author made
   * constant on purpose, such as Roundcube's {@code if false} for a disabled rule, a generator's
   * {@code if true}, or {@code allof (false, ...)} that switches a condition off.
   */
  static @Nullable Boolean literal(Test test) {
    return ConstantFold.fold(
        test,
        t ->
            ((t.is("true") || t.is("false")) && t.arguments().values().isEmpty())
                ? t.is("true")
                : null);
  }

  /** Records the state at every test of a condition and what its match variables capture. */
  private FlowState evaluate(Test root, Command owner, FlowState state) {
    FlowState after = state;
    for (Test test :
        Walker.tests(new io.github.sievelint.ast.Arguments(List.of(), List.of(root), false))) {
      tests.put(test, state);
      conditions.put(test, owner);
      if (variables && Variables.setsMatchVariables(test)) {
        String origin = Variables.testOrigin(test, state, segment.source());
        if (origin != null && after.matchTaint() == null) {
          after = after.withMatchTaint(origin);
        }
      }
    }
    return after;
  }

  private Conditions.LiteralFactory factory(FlowState state) {
    return (test, positive) -> literals.literal(test, positive, state, segment, variables);
  }

  private void simple(Command command, Outcome outcome) {
    FlowState state = outcome.fallthrough;
    entries.put(command, state);
    if (Flow.RESPONDING.contains(command.name()) && respondingSeen.add(command)) {
      responding.add(command);
    }
    ArgumentShape shape = ArgumentShape.of(command.arguments());
    switch (command.name()) {
      case "stop" -> {
        if (segment.kind() == Segment.Kind.BEFORE && !state.keepCancelled()) {
          // Multiscript: with the implicit keep in effect, the next script still runs.
          if (state.reachable()) {
            bareStops.add(command);
          }
          outcome.returned = Outcome.join(outcome.returned, state);
        } else {
          outcome.stopped = Outcome.join(outcome.stopped, state);
        }
        outcome.fallthrough = exitState(state, command);
      }
      case "return" -> {
        outcome.returned = Outcome.join(outcome.returned, state);
        outcome.fallthrough = exitState(state, command);
      }
      case "break" -> {
        // A break outside every loop is an error of its own (misplaced-command): ignore it here.
        if (loops > 0) {
          outcome.broken = Outcome.join(outcome.broken, state);
          outcome.fallthrough = exitState(state, command);
        }
      }
      case "keep" -> outcome.fallthrough = delivery(state, command, false).withKept();
      case "fileinto" -> {
        FlowState next = delivery(state, command, false);
        outcome.fallthrough = shape.has("copy") ? next : next.withKeepCancelled();
      }
      case "redirect" -> {
        FlowState next = delivery(state, command, true);
        outcome.fallthrough = shape.has("copy") ? next : next.withKeepCancelled();
      }
      case "discard" -> outcome.fallthrough = state.withKeepCancelled();
      case "reject", "ereject" -> {
        if (state.reachable() && state.delivery() != null) {
          rejectDeliveries.add(new Flow.RejectDelivery(command, state.delivery()));
        }
        outcome.fallthrough = state.withReject(command);
      }
      case "set", "extracttext", "setflag", "addflag", "removeflag", "let", "execute", "global" ->
          outcome.fallthrough = Variables.assign(command, shape, state, variables);
      case "addheader", "deleteheader" -> {
        List<String> names = shape.lowerValues(0);
        if (!names.isEmpty()) {
          String name = names.get(0).contains("${") ? "*" : names.get(0);
          if (!(command.is("deleteheader") && UNDELETABLE.contains(name))) {
            outcome.fallthrough = state.withEdit(name, command);
          }
        }
      }
      case "include" -> include(command, outcome);
      default -> {
        if (command.block() != null) {
          loop(command, outcome);
        }
        return;
      }
    }
    if (command.block() != null) {
      // A block on a command that takes none (an error of its own): analyse it so that every
      // command has a state, without letting it change the flow.
      runBlock(command, state);
    }
  }

  /** Inlines a resolved include; a script already being included is not entered again. */
  private void include(Command command, Outcome outcome) {
    Segment target = includes.resolve(segment, command).orElse(null);
    if (target == null || target.equals(segment) || including.contains(target)) {
      return;
    }
    String name =
        io.github.sievelint.model.Includes.parse(command)
            .map(io.github.sievelint.model.Includes.Include::name)
            .orElse("");
    if (including.size() >= io.github.sievelint.model.Includes.MAX_DEPTH) {
      includes.limitExceeded(
          segment, command, io.github.sievelint.model.Includes.depthMessage(name));
      return;
    }
    if (++inlined > io.github.sievelint.model.Includes.MAX_INLINED) {
      if (inlined == io.github.sievelint.model.Includes.MAX_INLINED + 1) {
        includes.limitExceeded(
            segment, command, io.github.sievelint.model.Includes.countMessage(name));
      }
      return;
    }
    includes.inlined(target);
    Segment saved = segment;
    boolean savedVariables = variables;
    including.push(saved);
    segment = target;
    variables = Variables.enabled(target.script());
    Outcome inner = block(target.script().commands(), null, outcome.fallthrough);
    including.pop();
    segment = saved;
    variables = savedVariables;
    FlowState after = inner.fallthrough;
    if (inner.returned != null) {
      after = after.join(inner.returned);
    }
    outcome.stopped = Outcome.join(outcome.stopped, inner.stopped);
    outcome.fallthrough = after;
  }

  private FlowState delivery(FlowState state, Command command, boolean redirect) {
    if (state.reachable() && state.reject() != null) {
      rejectDeliveries.add(new Flow.RejectDelivery(state.reject(), command));
    }
    return state.withDelivery(command, redirect);
  }

  private static FlowState exitState(FlowState state, Command exit) {
    Unreachable why =
        state.reachable()
            ? new Unreachable(Unreachable.Kind.AFTER_EXIT, line(exit), exit.name())
            : state.unreachable();
    return state.withPaths(PathSet.NONE, why);
  }

  /**
   * Loops nested deeper than this run their body once, not twice: each level doubles the work of
   * the levels inside it, so 24 nested foreverypart blocks took seconds and 30 minutes. Real
   * scripts nest one or two; a loop deeper than this misses only facts that its own later
   * iterations set.
   */
  static final int TWICE_DEEP = 4;

  /**
   * A command with a block that may run zero or more times ({@code foreverypart}, unknown ones):
   * the body runs twice (once when nested more than {@link #TWICE_DEEP} loops deep) so that facts
   * from one pass reach the next, and the paths after it are those before it.
   */
  private void loop(Command command, Outcome outcome) {
    FlowState in = outcome.fallthrough;
    loops++;
    Outcome first = runBlock(command, in);
    Outcome second = first;
    if (loops <= TWICE_DEEP) {
      FlowState again = in.join(first.fallthrough);
      if (first.broken != null) {
        again = again.join(first.broken);
      }
      second = runBlock(command, again.withPaths(in.paths(), in.unreachable()));
    }
    loops--;
    entries.put(command, in);
    FlowState after = in.join(second.fallthrough);
    if (second.broken != null) {
      after = after.join(second.broken);
    }
    outcome.stopped = Outcome.join(outcome.stopped, second.stopped);
    outcome.returned = Outcome.join(outcome.returned, second.returned);
    outcome.fallthrough = after.withPaths(in.paths(), in.unreachable());
  }

  static int line(Command command) {
    return command.nameSpan().startLine();
  }

  /** {@code if exists "List-Id"} as a message quotes it. */
  private static String label(SourceFile source, Command command) {
    if (command.is("else")) {
      return "else";
    }
    Test test = condition(command);
    String name = command.name();
    if (test == null) {
      return name;
    }
    return name + " " + Messages.snippet(source, test);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
