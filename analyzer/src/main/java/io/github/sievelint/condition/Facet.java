package io.github.sievelint.condition;

import io.github.sievelint.spec.MessageClass;
import java.util.List;

/**
 * One part of a message class that a test can exclude on its own: the Auto-Submitted header, one
 * List-* header, one Precedence value, the null sender, one kind of system sender (docs/guards.md).
 */
public enum Facet {
  AUTO(MessageClass.AUTO, "Auto-Submitted", false, List.of()),
  LIST_ID(MessageClass.LIST, "List-Id", false, List.of()),
  LIST_UNSUBSCRIBE(MessageClass.LIST, "List-Unsubscribe", false, List.of()),
  LIST_HELP(MessageClass.LIST, "List-Help", false, List.of()),
  LIST_POST(MessageClass.LIST, "List-Post", false, List.of()),
  LIST_SUBSCRIBE(MessageClass.LIST, "List-Subscribe", false, List.of()),
  LIST_OWNER(MessageClass.LIST, "List-Owner", false, List.of()),
  LIST_ARCHIVE(MessageClass.LIST, "List-Archive", false, List.of()),
  PRECEDENCE_BULK(MessageClass.BULK, "bulk", false, List.of("bulk")),
  PRECEDENCE_LIST(MessageClass.BULK, "list", false, List.of("list")),
  PRECEDENCE_JUNK(MessageClass.BULK, "junk", false, List.of("junk")),
  NULL_SENDER(MessageClass.NULLSENDER, "an empty envelope sender", false, List.of("")),
  MAILER_DAEMON(
      MessageClass.SYSTEM, "mailer-daemon", false, List.of("mailer-daemon", "MAILER-DAEMON")),
  LISTSERV(MessageClass.SYSTEM, "listserv", false, List.of("listserv", "LISTSERV")),
  MAJORDOMO(MessageClass.SYSTEM, "majordomo", false, List.of("majordomo", "Majordomo")),
  OWNER(MessageClass.SYSTEM, "owner-*", false, List.of("owner-list", "owner-a-b")),
  REQUEST(MessageClass.SYSTEM, "*-request", false, List.of("list-request", "a-b-request")),
  NOREPLY(MessageClass.SYSTEM, "noreply", true, List.of("noreply", "NoReply")),
  NO_REPLY(MessageClass.SYSTEM, "no-reply", true, List.of("no-reply")),
  DO_NOT_REPLY(MessageClass.SYSTEM, "do-not-reply", true, List.of("do-not-reply")),
  BOUNCE(MessageClass.SYSTEM, "bounce*", true, List.of("bounce", "bounces", "bounce-123"));

  private final MessageClass messageClass;
  private final String label;
  private final boolean extended;

  // Always a List.of(...): immutable, though the type does not say so.
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<String> samples;

  Facet(MessageClass messageClass, String label, boolean extended, List<String> samples) {
    this.messageClass = messageClass;
    this.label = label;
    this.extended = extended;
    this.samples = samples;
  }

  public MessageClass messageClass() {
    return messageClass;
  }

  /** The header name, Precedence value or sender pattern, as a message names it. */
  public String label() {
    return label;
  }

  /** Part of the extended SYSTEM list (advice only, docs/guards.md). */
  public boolean extended() {
    return extended;
  }

  /** Sample values (local parts for SYSTEM) every one of which a catching test must match. */
  List<String> samples() {
    return samples;
  }

  /** The facets of {@code messageClass}, in declaration order. */
  public static List<Facet> of(MessageClass messageClass) {
    return BY_CLASS.getOrDefault(messageClass, List.of());
  }

  /** {@link #of} for every class, made once: the guard rules ask for every action they judge. */
  private static final java.util.Map<MessageClass, List<Facet>> BY_CLASS = byClass();

  private static java.util.Map<MessageClass, List<Facet>> byClass() {
    java.util.Map<MessageClass, List<Facet>> out = new java.util.EnumMap<>(MessageClass.class);
    for (MessageClass messageClass : MessageClass.values()) {
      List<Facet> facets = new java.util.ArrayList<>();
      for (Facet facet : values()) {
        if (facet.messageClass == messageClass) {
          facets.add(facet);
        }
      }
      out.put(messageClass, List.copyOf(facets));
    }
    return out;
  }
}
