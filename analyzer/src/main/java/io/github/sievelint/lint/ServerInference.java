package io.github.sievelint.lint;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.ServerProfiles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The server a script names by requiring a vendor's extension, used when the user chose none: a
 * {@code vnd.dovecot.*} extension exists only in Pigeonhole, so such a script runs on Dovecot and
 * gets what Dovecot does at run time (it never answers automatic or list mail with vacation); a
 * {@code vnd.stalwart.*} one likewise names Stalwart. Vendor prefixes without a profile (such as
 * {@code vnd.proton.}) infer nothing.
 */
public final class ServerInference {

  private ServerInference() {}

  /** A vendor's capability prefix and its profiles, the preferred one first. */
  private record Vendor(String prefix, List<ServerProfile> profiles) {}

  private static final List<Vendor> VENDORS =
      List.of(
          new Vendor("vnd.dovecot.", List.of(ServerProfiles.DOVECOT_23, ServerProfiles.DOVECOT_24)),
          // vnd.stalwart.expressions and .while exist only in Stalwart's sieve crate.
          new Vendor("vnd.stalwart.", List.of(ServerProfiles.STALWART)));

  /**
   * What was inferred and why.
   *
   * @param profile the server the scripts run on
   * @param capability the vendor capability that says so, as the script spells it
   */
  public record Inferred(ServerProfile profile, String capability) {

    /** Why, for messages: {@code require "vnd.dovecot.pipe"}. */
    public String reason() {
      return "require \"" + capability + "\"";
    }
  }

  /**
   * The profile {@code scripts} imply together: the first profile of the vendor whose extension one
   * of them requires that accepts every capability they require; empty when no script names a
   * vendor with a profile, or when no such profile accepts all of them (then no profile fits, and
   * the generic one reports what does not).
   */
  public static Optional<Inferred> of(Collection<Script> scripts) {
    Set<String> required = new TreeSet<>();
    @Nullable String named = null;
    @Nullable Vendor vendor = null;
    for (Script script : scripts) {
      for (String capability : required(script)) {
        required.add(capability.toLowerCase(Locale.ROOT));
        if (vendor == null) {
          vendor = vendorOf(capability);
          named = capability;
        }
      }
    }
    if (vendor == null || named == null) {
      return Optional.empty();
    }
    for (ServerProfile profile : vendor.profiles()) {
      if (required.stream().allMatch(profile::supports)) {
        return Optional.of(new Inferred(profile, named));
      }
    }
    return Optional.empty();
  }

  /**
   * What applies when no server is configured, for {@code --show-config}: {@code a script that
   * requires a vnd.dovecot.* extension is checked against dovecot-2.3}.
   */
  public static String summary() {
    List<String> parts = new ArrayList<>();
    for (Vendor v : VENDORS) {
      parts.add(
          "a script that requires a "
              + v.prefix()
              + "* extension is checked against "
              + v.profiles().get(0).id());
    }
    return String.join("; ", parts);
  }

  /** The settings for {@code scripts}: {@code settings}, on the inferred server if one applies. */
  public static LintSettings apply(LintSettings settings, Collection<Script> scripts) {
    if (settings.serverChosen()) {
      return settings;
    }
    return of(scripts).map(settings::inferred).orElse(settings);
  }

  private static @Nullable Vendor vendorOf(String capability) {
    String lower = capability.toLowerCase(Locale.ROOT);
    for (Vendor v : VENDORS) {
      if (lower.startsWith(v.prefix())) {
        return v;
      }
    }
    return null;
  }

  /** The capabilities the top-level {@code require} commands name, in order. */
  private static List<String> required(Script script) {
    List<String> out = new ArrayList<>();
    for (Command command : script.commands()) {
      if (!command.is("require")) {
        continue;
      }
      for (Argument argument : command.arguments().values()) {
        for (Argument.StringValue value : Argument.strings(argument)) {
          out.add(value.value());
        }
      }
    }
    return out;
  }
}
