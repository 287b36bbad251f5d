package io.github.sievelint.flow;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of flow analysis over the segments of an effective script: the state at every command
 * and at every test, and the facts that span commands.
 */
public final class Flow {

  /** A reject and a delivery that can both run in one execution. */
  public record RejectDelivery(Command reject, Command delivery) {}

  private final List<Segment> segments;
  private final IdentityHashMap<Command, FlowState> entries;
  private final IdentityHashMap<Test, FlowState> tests;
  private final IdentityHashMap<Test, Command> conditions;
  private final IdentityHashMap<Command, Command> chainHeads;
  private final IdentityHashMap<Command, Segment> segmentOf;
  private final IdentityHashMap<Command, Position> positions;
  private final List<RejectDelivery> rejectDeliveries;
  private final List<Command> bareStops;
  private final List<Command> responding;

  /** The commands that answer or pass a message on: what the forwarding graph is made of. */
  public static final java.util.Set<String> RESPONDING =
      java.util.Set.of("redirect", "notify", "vacation", "reject", "ereject");

  Flow(
      List<Segment> segments,
      IdentityHashMap<Command, FlowState> entries,
      IdentityHashMap<Test, FlowState> tests,
      IdentityHashMap<Test, Command> conditions,
      IdentityHashMap<Command, Command> chainHeads,
      IdentityHashMap<Command, Segment> segmentOf,
      IdentityHashMap<Command, Position> positions,
      List<RejectDelivery> rejectDeliveries,
      List<Command> bareStops,
      List<Command> responding) {
    this.segments = List.copyOf(segments);
    this.entries = entries;
    this.tests = tests;
    this.conditions = conditions;
    this.chainHeads = chainHeads;
    this.segmentOf = segmentOf;
    this.positions = positions;
    this.rejectDeliveries = List.copyOf(rejectDeliveries);
    this.bareStops = List.copyOf(bareStops);
    this.responding = responding;
  }

  public List<Segment> segments() {
    return segments;
  }

  /** The state just before {@code command} runs. */
  public FlowState entry(Command command) {
    FlowState state = entries.get(command);
    if (state == null) {
      throw new IllegalArgumentException("command not analysed: " + command.name());
    }
    return state;
  }

  /** Whether some execution reaches {@code command}. */
  public boolean reachable(Command command) {
    return entry(command).reachable();
  }

  /** The state in which {@code test} (or the condition it belongs to) is evaluated. */
  public Optional<FlowState> atTest(Test test) {
    return Optional.ofNullable(tests.get(test));
  }

  /** The {@code if}/{@code elsif} whose condition holds {@code test}. */
  public Optional<Command> conditionOf(Test test) {
    return Optional.ofNullable(conditions.get(test));
  }

  /** The {@code if} that starts the chain of an {@code elsif} or {@code else}. */
  public Optional<Command> chainHead(Command command) {
    return Optional.ofNullable(chainHeads.get(command));
  }

  /**
   * The file {@code test} is in: the segment of the command whose condition holds it, else {@code
   * fallback}.
   */
  public io.github.sievelint.source.SourceFile sourceOf(
      Test test, io.github.sievelint.source.SourceFile fallback) {
    Command owner = conditions.get(test);
    Segment segment = owner == null ? null : segmentOf.get(owner);
    return segment == null ? fallback : segment.source();
  }

  public Optional<Segment> segmentOf(Command command) {
    return Optional.ofNullable(segmentOf.get(command));
  }

  /**
   * The commands that run after {@code command} when no condition intervenes: the rest of its block
   * and then of every enclosing block (the other members of an if chain excluded).
   */
  public List<Command> following(Command command) {
    List<Command> out = new ArrayList<>();
    Position position = positions.get(command);
    while (position != null) {
      List<Command> siblings = position.siblings();
      int i = position.index() + 1;
      while (i < siblings.size() && (siblings.get(i).is("elsif") || siblings.get(i).is("else"))) {
        i++;
      }
      out.addAll(siblings.subList(i, siblings.size()));
      Command parent = position.parent();
      position = parent == null ? null : positions.get(parent);
    }
    return out;
  }

  /**
   * Where a command sits: its block's commands, its index there, and the command owning the block.
   */
  record Position(List<Command> siblings, int index, @Nullable Command parent) {}

  public List<RejectDelivery> rejectDeliveries() {
    return rejectDeliveries;
  }

  /**
   * {@code stop} commands of {@code before} scripts that do not keep later scripts from running.
   */
  public List<Command> bareStops() {
    return bareStops;
  }

  /**
   * The {@link #RESPONDING} commands of the flow, included scripts' among them, each once, in the
   * order the analysis met them; {@link #entry} gives the paths that reach each.
   */
  public List<Command> responding() {
    return responding;
  }

  /** The segment's state at a command, or null when the command is not in the analysis. */
  @Nullable FlowState entryOrNull(Command command) {
    return entries.get(command);
  }
}
