package io.github.sievelint.spec;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-in server profiles (docs/model.md); {@code generic} is the strictest and the default.
 * Each profile's page ({@code profiles/<id>.md}) says where its capability set comes from.
 */
public final class ServerProfiles {

  private ServerProfiles() {}

  private static final long DAY = 86400;

  private static final Set<String> MAILTO = Set.of("mailto");

  /** Pigeonhole 0.5 (Dovecot 2.3): its sieve_extensions, extras, deprecated and plugin ones. */
  static final Set<String> PIGEONHOLE_05 =
      Set.of(
          "fileinto",
          "reject",
          "envelope",
          "encoded-character",
          "vacation",
          "vacation-seconds",
          "subaddress",
          "comparator-i;octet",
          "comparator-i;ascii-casemap",
          "comparator-i;ascii-numeric",
          "relational",
          "regex",
          "imap4flags",
          "copy",
          "include",
          "body",
          "variables",
          "enotify",
          "environment",
          "mailbox",
          "date",
          "index",
          "ihave",
          "duplicate",
          "mime",
          "foreverypart",
          "extracttext",
          "spamtest",
          "spamtestplus",
          "virustest",
          "editheader",
          "mboxmetadata",
          "servermetadata",
          "special-use",
          "imapsieve",
          "imapflags",
          "notify",
          "vnd.dovecot.debug",
          "vnd.dovecot.environment",
          "vnd.dovecot.duplicate",
          "vnd.dovecot.pipe",
          "vnd.dovecot.filter",
          "vnd.dovecot.execute",
          "vnd.dovecot.report",
          "vnd.dovecot.imapsieve",
          // The separate extdata plugin, whose last release builds against Pigeonhole 0.5.
          "vnd.dovecot.extdata");

  /**
   * Pigeonhole 2.4: drops the obsolete imapflags and notify, adds extlists and a comparator; the
   * extdata plugin has no release for it.
   */
  static final Set<String> PIGEONHOLE_24 =
      union(
          without(PIGEONHOLE_05, "imapflags", "notify", "vnd.dovecot.extdata"),
          Set.of("extlists", "comparator-i;unicode-casemap"));

  /**
   * Stalwart's sieve crate: every standard extension it lists and its own vnd.stalwart ones
   * (compiler/grammar/mod.rs, lookup_capabilities), no vendor ones of others.
   */
  static final Set<String> STALWART_CAPS =
      union(
          without(standardCapabilities(), "imapflags", "notify", "comparator-i;unicode-casemap"),
          Set.of("vnd.stalwart.expressions", "vnd.stalwart.while"));

  /**
   * Cyrus IMAP 3.x: the standard extensions less those its sievec (3.6) rejects as unsupported
   * features.
   */
  static final Set<String> CYRUS_CAPS =
      without(
          standardCapabilities(),
          "convert",
          "enclose",
          "envelope-deliverby",
          "envelope-dsn",
          "extracttext",
          "foreverypart",
          "imapsieve",
          "mime",
          "replace",
          "spamtest",
          "spamtestplus",
          "virustest",
          "comparator-i;unicode-casemap");

  /** Exim's exim_sieve_extension_list (src/miscmods/sieve_filter.c). */
  static final Set<String> EXIM_CAPS =
      Set.of(
          "body",
          "comparator-i;octet",
          "comparator-i;ascii-casemap",
          "comparator-i;ascii-numeric",
          "copy",
          "encoded-character",
          "enotify",
          "envelope",
          "fileinto",
          "subaddress",
          "vacation");

  public static final ServerProfile GENERIC =
      new ServerProfile(
          "generic",
          "Generic RFC 5228 server",
          Set.of(),
          OptionalLong.of(DAY),
          7 * DAY,
          OptionalLong.empty(),
          OptionalLong.of(4),
          Set.of(),
          5,
          MAILTO);

  private static final Set<MessageClass> DOVECOT_SUPPRESSION = EnumSet.allOf(MessageClass.class);

  public static final ServerProfile DOVECOT_24 =
      new ServerProfile(
          "dovecot-2.4",
          "Dovecot 2.4 with Pigeonhole",
          PIGEONHOLE_24,
          OptionalLong.of(DAY),
          7 * DAY,
          OptionalLong.of(60 * DAY),
          OptionalLong.of(4),
          DOVECOT_SUPPRESSION,
          5,
          MAILTO);

  public static final ServerProfile DOVECOT_23 =
      new ServerProfile(
          "dovecot-2.3",
          "Dovecot 2.3 with Pigeonhole 0.5",
          PIGEONHOLE_05,
          OptionalLong.of(DAY),
          7 * DAY,
          OptionalLong.empty(),
          OptionalLong.of(4),
          DOVECOT_SUPPRESSION,
          5,
          MAILTO);

  public static final ServerProfile CYRUS =
      new ServerProfile(
          "cyrus",
          "Cyrus IMAP",
          CYRUS_CAPS,
          OptionalLong.of(3 * DAY),
          7 * DAY,
          OptionalLong.of(90 * DAY),
          OptionalLong.empty(),
          EnumSet.of(MessageClass.AUTO, MessageClass.LIST, MessageClass.BULK),
          5,
          Set.of());

  public static final ServerProfile STALWART =
      new ServerProfile(
          "stalwart",
          "Stalwart Mail Server",
          STALWART_CAPS,
          OptionalLong.empty(),
          30 * DAY,
          OptionalLong.empty(),
          OptionalLong.of(1),
          EnumSet.of(MessageClass.AUTO, MessageClass.LIST, MessageClass.BULK, MessageClass.SYSTEM),
          3,
          Set.of());

  public static final ServerProfile EXIM =
      new ServerProfile(
          "exim",
          "Exim filter with Sieve",
          EXIM_CAPS,
          OptionalLong.of(DAY),
          7 * DAY,
          OptionalLong.of(31 * DAY),
          OptionalLong.empty(),
          Set.of(),
          5,
          MAILTO);

  public static final List<ServerProfile> ALL =
      List.of(GENERIC, DOVECOT_23, DOVECOT_24, CYRUS, STALWART, EXIM);

  public static Optional<ServerProfile> byId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(p -> p.id().equals(wanted)).findFirst();
  }

  /** The ids of every profile, for messages and completion. */
  public static List<String> ids() {
    return ALL.stream().map(ServerProfile::id).toList();
  }

  /** Every capability of the table that is not a vendor's (vnd.*). */
  private static Set<String> standardCapabilities() {
    Set<String> out = new TreeSet<>();
    for (Capability c : SieveLanguage.standard().capabilities()) {
      if (!c.name().startsWith("vnd.")) {
        out.add(c.name());
      }
    }
    return Set.copyOf(out);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static Set<String> without(Set<String> set, String... removed) {
    Set<String> out = new TreeSet<>(set);
    for (String r : removed) {
      out.remove(r);
    }
    return Set.copyOf(out);
  }
}
