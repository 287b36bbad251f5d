package io.github.sievelint.spec;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The built-in server profiles (MODEL.md); {@code generic} is the strictest and the default. */
public final class ServerProfiles {

  private ServerProfiles() {}

  private static final long DAY = 86400;

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
          5);

  private static final Set<MessageClass> DOVECOT_SUPPRESSION = EnumSet.allOf(MessageClass.class);

  public static final ServerProfile DOVECOT_24 =
      new ServerProfile(
          "dovecot-2.4",
          "Dovecot 2.4 with Pigeonhole",
          Set.of(),
          OptionalLong.of(DAY),
          7 * DAY,
          OptionalLong.of(60 * DAY),
          OptionalLong.of(4),
          DOVECOT_SUPPRESSION,
          5);

  public static final ServerProfile DOVECOT_23 =
      new ServerProfile(
          "dovecot-2.3",
          "Dovecot 2.3 with Pigeonhole 0.5",
          Set.of(),
          OptionalLong.of(DAY),
          7 * DAY,
          OptionalLong.empty(),
          OptionalLong.of(4),
          DOVECOT_SUPPRESSION,
          5);

  public static final ServerProfile CYRUS =
      new ServerProfile(
          "cyrus",
          "Cyrus IMAP",
          Set.of(),
          OptionalLong.of(3 * DAY),
          7 * DAY,
          OptionalLong.of(90 * DAY),
          OptionalLong.empty(),
          EnumSet.of(MessageClass.AUTO, MessageClass.LIST, MessageClass.BULK),
          5);

  public static final ServerProfile STALWART =
      new ServerProfile(
          "stalwart",
          "Stalwart Mail Server",
          Set.of(),
          OptionalLong.empty(),
          30 * DAY,
          OptionalLong.empty(),
          OptionalLong.of(1),
          EnumSet.of(MessageClass.AUTO, MessageClass.LIST, MessageClass.BULK, MessageClass.SYSTEM),
          3);

  public static final ServerProfile EXIM =
      new ServerProfile(
          "exim",
          "Exim filter with Sieve",
          Set.of(),
          OptionalLong.of(DAY),
          7 * DAY,
          OptionalLong.of(31 * DAY),
          OptionalLong.empty(),
          Set.of(),
          5);

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
}
