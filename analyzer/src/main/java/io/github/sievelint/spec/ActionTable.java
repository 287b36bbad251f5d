package io.github.sievelint.spec;

import static io.github.sievelint.spec.Table.COMPARATOR;
import static io.github.sievelint.spec.Table.MATCH_TYPE;
import static io.github.sievelint.spec.Table.MODIFIER;

/**
 * Extensions that add or change actions: copy (RFC 3894), vacation (RFC 5230, RFC 6131), imap4flags
 * (RFC 5232), editheader (RFC 5293), reject and ereject (RFC 5429), enotify (RFC 5435, RFC 5436),
 * mailbox (RFC 5490 section 3), the DSN and deliver-by extensions (RFC 6009), special-use (RFC
 * 8579), fcc (RFC 8580) and mailboxid (RFC 9042).
 */
final class ActionTable {

  private ActionTable() {}

  static void fill(Table t) {
    t.capability(Capability.of("copy", "RFC 3894"));
    t.capability(Capability.of("vacation", "RFC 5230"));
    t.capability(Capability.of("vacation-seconds", "RFC 6131").implies("vacation"));
    t.capability(Capability.of("imap4flags", "RFC 5232"));
    t.capability(Capability.of("editheader", "RFC 5293"));
    t.capability(Capability.of("reject", "RFC 5429 section 2.2"));
    t.capability(Capability.of("ereject", "RFC 5429 section 2.1"));
    t.capability(Capability.of("enotify", "RFC 5435"));
    t.capability(Capability.of("mailbox", "RFC 5490 section 3"));
    t.capability(Capability.of("envelope-dsn", "RFC 6009 section 4"));
    t.capability(Capability.of("redirect-dsn", "RFC 6009 section 5"));
    t.capability(Capability.of("envelope-deliverby", "RFC 6009 section 6"));
    t.capability(Capability.of("redirect-deliverby", "RFC 6009 section 7"));
    t.capability(Capability.of("special-use", "RFC 8579"));
    t.capability(Capability.of("fcc", "RFC 8580"));
    t.capability(Capability.of("mailboxid", "RFC 9042"));

    // RFC 3894 section 3.
    t.extendCommands(TagSpec.flag("copy").cap("copy"), "fileinto", "redirect");

    // RFC 5230 section 4 and RFC 6131 section 2.
    t.command("vacation")
        .cap("vacation")
        .tags(
            TagSpec.of("days", Param.number("days")).group("period"),
            TagSpec.of("seconds", Param.number("seconds")).cap("vacation-seconds").group("period"),
            TagSpec.of("subject", Param.string("subject")),
            TagSpec.of("from", Param.string("from", ArgRole.ADDRESS)),
            TagSpec.of("addresses", Param.list("addresses", ArgRole.ADDRESS)),
            TagSpec.flag("mime"),
            TagSpec.of("handle", Param.string("handle")))
        .params(Param.string("reason"));

    // RFC 5232 sections 3 and 4: the variable name is only allowed with "variables".
    Param variable =
        Param.string("variablename", ArgRole.VARIABLE_NAME).asOptional().needs("variables");
    Param flags = Param.list("list-of-flags", ArgRole.FLAGS);
    for (String name : new String[] {"setflag", "addflag", "removeflag"}) {
      t.command(name).cap("imap4flags").params(variable, flags);
    }
    t.test("hasflag")
        .cap("imap4flags")
        .sets(MATCH_TYPE, COMPARATOR)
        .params(
            Param.list("variable-list", ArgRole.VARIABLE_NAMES).asOptional().needs("variables"),
            flags);
    t.extendCommands(TagSpec.of("flags", flags).cap("imap4flags"), "fileinto", "keep");

    // RFC 5293 sections 5 and 6.
    t.command("addheader")
        .cap("editheader")
        .tags(TagSpec.flag("last"))
        .params(
            Param.string("field-name", ArgRole.HEADER_NAMES),
            Param.string("value", ArgRole.HEADER_VALUE));
    t.command("deleteheader")
        .cap("editheader")
        .tags(TagSpec.of("index", Param.number("fieldno")), TagSpec.flag("last").requires("index"))
        .sets(COMPARATOR, MATCH_TYPE)
        .params(
            Param.string("field-name", ArgRole.HEADER_NAMES),
            Param.list("value-patterns", ArgRole.KEYS).asOptional());

    // RFC 5429 sections 2.1 and 2.2.
    t.command("reject").cap("reject").params(Param.string("reason"));
    t.command("ereject").cap("ereject").params(Param.string("reason"));

    // RFC 5435 sections 3, 4, 5 and 6.
    t.command("notify")
        .cap("enotify")
        .tags(
            TagSpec.of("from", Param.string("from", ArgRole.ADDRESS)),
            TagSpec.of("importance", Param.string("importance").values("1", "2", "3")),
            TagSpec.of("options", Param.list("options", ArgRole.NOTIFY_OPTIONS)),
            TagSpec.of("message", Param.string("message")))
        .params(Param.string("method", ArgRole.NOTIFY_METHOD));
    t.test("valid_notify_method")
        .cap("enotify")
        .params(Param.list("notification-uris", ArgRole.NOTIFY_METHOD));
    t.test("notify_method_capability")
        .cap("enotify")
        .sets(COMPARATOR, MATCH_TYPE)
        .params(
            Param.string("notification-uri", ArgRole.NOTIFY_METHOD),
            Param.string("notification-capability"),
            Param.list("key-list", ArgRole.KEYS));
    t.tagSet(MODIFIER, TagSpec.flag("encodeurl").cap("enotify").group(MODIFIER + "/15"));

    // RFC 5490 section 3.
    t.test("mailboxexists").cap("mailbox").params(Param.list("mailbox-names", ArgRole.MAILBOX));
    t.extendCommands(TagSpec.flag("create").cap("mailbox"), "fileinto");

    // RFC 6009: DSN parameters and deliver-by time for redirect, and the matching envelope parts.
    t.envelopePart("notify", "envelope-dsn");
    t.envelopePart("orcpt", "envelope-dsn");
    t.envelopePart("bytimeabsolute", "envelope-deliverby");
    t.envelopePart("bytimerelative", "envelope-deliverby");
    t.envelopePart("bymode", "envelope-deliverby");
    t.envelopePart("bytrace", "envelope-deliverby");
    // RFC 6009 section 6: the time zone in which bytimeabsolute is shown.
    t.extendTests(
        TagSpec.of("zone", Param.string("time-zone")).cap("envelope-deliverby"), "envelope");
    t.extendCommands(
        TagSpec.of("notify", Param.string("notify-value")).cap("redirect-dsn"), "redirect");
    t.extendCommands(
        TagSpec.of("ret", Param.string("ret-value").values("full", "hdrs")).cap("redirect-dsn"),
        "redirect");
    t.extendCommands(
        TagSpec.of("bytimerelative", Param.number("rlimit"))
            .cap("redirect-deliverby")
            .group("deliver-by time"),
        "redirect");
    t.extendCommands(
        TagSpec.of("bytimeabsolute", Param.string("alimit"))
            .cap("redirect-deliverby")
            .group("deliver-by time"),
        "redirect");
    t.extendCommands(
        TagSpec.of("bymode", Param.string("mode").values("notify", "return"))
            .cap("redirect-deliverby"),
        "redirect");
    t.extendCommands(TagSpec.flag("bytrace").cap("redirect-deliverby"), "redirect");

    // RFC 8579 sections 3 and 4.
    t.test("specialuse_exists")
        .cap("special-use")
        .params(
            Param.string("mailbox", ArgRole.MAILBOX).asOptional(),
            Param.list("special-use-flags", ArgRole.FLAGS));
    t.extendCommands(
        TagSpec.of("specialuse", Param.string("special-use-flag", ArgRole.FLAGS))
            .cap("special-use"),
        "fileinto");

    // RFC 9042 sections 4 and 5.
    t.test("mailboxidexists")
        .cap("mailboxid")
        .params(Param.list("mailbox-objectids", ArgRole.MAILBOX));
    t.extendCommands(
        TagSpec.of("mailboxid", Param.string("mailboxid", ArgRole.MAILBOX)).cap("mailboxid"),
        "fileinto");

    // RFC 8580 section 3: where to file a copy of the reply, with the fileinto-style modifiers.
    for (String action : new String[] {"vacation", "notify@enotify"}) {
      t.extendCommands(
          TagSpec.of("fcc", Param.string("mailbox", ArgRole.MAILBOX)).cap("fcc"), action);
      t.extendCommands(TagSpec.flag("create").cap("mailbox").requires("fcc"), action);
      t.extendCommands(TagSpec.of("flags", flags).cap("imap4flags").requires("fcc"), action);
      t.extendCommands(
          TagSpec.of("specialuse", Param.string("special-use-flag", ArgRole.FLAGS))
              .cap("special-use")
              .requires("fcc"),
          action);
      t.extendCommands(
          TagSpec.of("mailboxid", Param.string("mailboxid", ArgRole.MAILBOX))
              .cap("mailboxid")
              .requires("fcc"),
          action);
    }
  }
}
