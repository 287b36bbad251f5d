package io.github.sievelint.spec;

import java.util.List;

/**
 * A capability that {@code require} may name.
 *
 * @param reference the document that defines it, for messages and pages
 * @param implies capabilities that requiring this one also makes available ("vacation-seconds"
 *     implies "vacation", RFC 6131 section 2)
 * @param needs capabilities that must be required along with this one ("extracttext" needs
 *     "variables")
 * @param conflicts capabilities that must not be required along with this one
 * @param deprecated whether it is an obsolete draft that servers keep for old scripts
 * @param tracked whether a use can be seen in the script, so that an unused require can be told;
 *     false for capabilities that only change the environment (imapsieve)
 */
public record Capability(
    String name,
    String reference,
    List<String> implies,
    List<String> needs,
    List<String> conflicts,
    boolean deprecated,
    boolean tracked) {

  public Capability {
    implies = List.copyOf(implies);
    needs = List.copyOf(needs);
    conflicts = List.copyOf(conflicts);
  }

  /** A plain capability defined by {@code reference}. */
  public static Capability of(String name, String reference) {
    return new Capability(name, reference, List.of(), List.of(), List.of(), false, true);
  }

  public Capability implies(String... others) {
    return new Capability(name, reference, List.of(others), needs, conflicts, deprecated, tracked);
  }

  public Capability needs(String... others) {
    return new Capability(
        name, reference, implies, List.of(others), conflicts, deprecated, tracked);
  }

  public Capability conflicts(String... others) {
    return new Capability(name, reference, implies, needs, List.of(others), deprecated, tracked);
  }

  public Capability asDeprecated() {
    return new Capability(name, reference, implies, needs, conflicts, true, tracked);
  }

  /** The same capability, marked as one whose use the script may not show. */
  public Capability untracked() {
    return new Capability(name, reference, implies, needs, conflicts, deprecated, false);
  }
}
