package io.github.sievelint.graph;

import io.github.sievelint.condition.Guards;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.model.Location;
import io.github.sievelint.spec.MessageClass;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A responding action one account runs ({@code redirect}, {@code notify}, {@code vacation}, {@code
 * reject}), with what the cross-account rules need and without the syntax tree.
 *
 * @param account the primary address of the account that runs it
 * @param global whether it sits in a global before or after script (or one it includes)
 * @param where the command
 * @param name the command name's location
 * @param copy whether it carries {@code :copy}
 * @param targets constant redirect target or {@code mailto:} recipients, with their locations;
 *     empty when the target is not a constant
 * @param from the vacation {@code :from} value, if any
 * @param addresses the vacation {@code :addresses} entries
 * @param paths the conditions under which it runs, in DNF: the literals of the paths the flow of
 *     the account's effective script keeps at the action
 * @param capped whether paths were dropped at the cap (then nothing is proven about the paths)
 */
public record ScriptAction(
    String kind,
    String account,
    boolean global,
    Location where,
    Location name,
    boolean copy,
    List<Value> targets,
    @Nullable Value from,
    List<Value> addresses,
    List<List<Literal>> paths,
    boolean capped) {

  /** A string argument and where it is written. */
  public record Value(String text, Location where) {}

  public ScriptAction {
    targets = List.copyOf(targets);
    addresses = List.copyOf(addresses);
    paths = List.copyOf(paths);
  }

  /**
   * Whether every path excludes AUTO mail, by the verdict the guard rules use (see docs/guards.md).
   */
  public boolean guardedAgainstAuto() {
    return !capped && paths.stream().allMatch(p -> Guards.excludes(p, MessageClass.AUTO, false));
  }

  /** Whether every path carries a loop breaker (a negated loop-marker or duplicate test). */
  public boolean breaksLoops() {
    return !capped && paths.stream().allMatch(p -> p.stream().anyMatch(Literal::breaksLoops));
  }

  /** Whether the action can run at all (assumed when paths were dropped at the cap). */
  public boolean reachable() {
    return capped || !paths.isEmpty();
  }

  /** The same action as run by another account with the same effective script. */
  public ScriptAction withAccount(String other) {
    return new ScriptAction(
        kind, other, global, where, name, copy, targets, from, addresses, paths, capped);
  }

  /**
   * Whether every path excludes mail addressed to one of {@code addresses}: a negated recipient
   * test naming it, or a recipient test that names only others.
   */
  public boolean excludesRecipient(List<String> addresses) {
    if (capped) {
      return false;
    }
    for (List<Literal> path : paths) {
      boolean excluded = false;
      for (Literal literal : path) {
        if (literal.facts().recipients().isEmpty()) {
          continue;
        }
        boolean names = literal.facts().recipients().stream().anyMatch(addresses::contains);
        if (literal.positive() != names) {
          excluded = true;
          break;
        }
      }
      if (!excluded) {
        return false;
      }
    }
    return true;
  }
}
