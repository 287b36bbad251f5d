package io.github.sievelint.spec;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One definition of a variables namespace (RFC 5229 section 3): the capability whose require
 * defines it, or the server that has it built in, whether a script may assign into it and which
 * names it holds. A namespace can have several definitions ({@code env} is Pigeonhole's with
 * vnd.dovecot.environment and Stalwart's without a require).
 *
 * @param name the namespace, lower case
 * @param capability the capability that defines it; null for a server's built-in namespace
 * @param server the id of the server profile that has it built in; null for a capability's
 * @param assignable whether {@code set} and the other assigning commands may write into it
 * @param shape what may follow {@code name.}
 * @param members the names it holds when {@code shape} is {@link Shape#MEMBERS}, lower case
 * @param source where it is specified, for messages
 */
public record VariableNamespace(
    String name,
    @Nullable String capability,
    @Nullable String server,
    boolean assignable,
    Shape shape,
    Set<String> members,
    String source) {

  /** What may follow the namespace and its dot. */
  public enum Shape {
    /** One identifier, no sub-namespace and no digits-only name (global, extdata). */
    ONE_IDENTIFIER,
    /** Identifiers joined by '.', none of them digits only (env of vnd.dovecot.environment). */
    IDENTIFIERS,
    /** Exactly one of the listed names (Stalwart's envelope, body and part). */
    MEMBERS
  }

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public VariableNamespace {
    members = Set.copyOf(members);
  }

  /** A namespace that requiring {@code capability} defines. */
  static VariableNamespace of(
      String name, String capability, boolean assignable, Shape shape, String source) {
    return new VariableNamespace(name, capability, null, assignable, shape, Set.of(), source);
  }

  /** A namespace that the server of profile {@code server} has without any require. */
  static VariableNamespace builtIn(
      String name, String server, boolean assignable, Shape shape, String source, String... names) {
    return new VariableNamespace(name, null, server, assignable, shape, Set.of(names), source);
  }

  /**
   * Whether this definition holds for a script that requires {@code required} (with what it
   * implies), linted for {@code profile}: its capability is required, or the server is the
   * profile's, or the script requires a capability of that server's vendor ({@code vnd.stalwart.}
   * for Stalwart), which no other server runs.
   */
  public boolean holds(Set<String> required, ServerProfile profile) {
    if (capability != null) {
      return required.contains(capability);
    }
    if (server == null) {
      return false;
    }
    String prefix = vendorPrefix(server);
    return profile.id().equals(server) || required.stream().anyMatch(c -> c.startsWith(prefix));
  }

  /**
   * Whether this built-in definition may hold where {@link #holds} cannot tell: no server is given
   * (the generic profile) and the script names no vendor's capability that would pin it to another
   * server.
   */
  public boolean mayHold(Set<String> required, ServerProfile profile) {
    return server != null
        && profile.id().equals(ServerProfiles.GENERIC.id())
        && required.stream().noneMatch(c -> c.startsWith("vnd."));
  }

  /**
   * Why {@code parts} (the name after the namespace, split at '.') is not a name this definition
   * holds, or null when it is one.
   */
  public @Nullable String partsProblem(List<String> parts) {
    switch (shape) {
      case ONE_IDENTIFIER -> {
        if (parts.size() != 1 || !IDENTIFIER.matcher(parts.get(0)).matches()) {
          return "the " + name + " namespace holds plain identifiers only (" + source + ")";
        }
      }
      case IDENTIFIERS -> {
        for (String part : parts) {
          if (!IDENTIFIER.matcher(part).matches()) {
            return "the " + name + " namespace holds no name that is digits only (" + source + ")";
          }
        }
      }
      case MEMBERS -> {
        if (!members.contains(String.join(".", parts).toLowerCase(Locale.ROOT))) {
          return "the "
              + name
              + " namespace holds only "
              + String.join(", ", new TreeSet<>(members))
              + " ("
              + source
              + ")";
        }
      }
    }
    return null;
  }

  /** The server that has it built in, for messages: its profile's display name. */
  public String serverName() {
    return ServerProfiles.byId(String.valueOf(server))
        .map(ServerProfile::displayName)
        .orElse(String.valueOf(server));
  }

  /** The capability prefix of a server's vendor: {@code vnd.stalwart.} for {@code stalwart}. */
  private static String vendorPrefix(String server) {
    int dash = server.indexOf('-');
    return "vnd." + (dash < 0 ? server : server.substring(0, dash)) + ".";
  }
}
