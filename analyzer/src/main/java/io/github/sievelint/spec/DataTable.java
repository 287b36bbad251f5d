package io.github.sievelint.spec;

import static io.github.sievelint.spec.Table.BODY_TRANSFORM;
import static io.github.sievelint.spec.Table.COMPARATOR;
import static io.github.sievelint.spec.Table.MATCH_TYPE;
import static io.github.sievelint.spec.Table.MODIFIER;

/**
 * Extensions that read or keep data: body (RFC 5173), environment (RFC 5183), variables (RFC 5229),
 * spamtest and virustest (RFC 5235), date (RFC 5260 section 4), ihave (RFC 5463), metadata (RFC
 * 5490 section 4), convert (RFC 6558), include (RFC 6609), imapsieve (RFC 6785) and duplicate (RFC
 * 7352).
 */
final class DataTable {

  private DataTable() {}

  /** RFC 5260 section 4.2. */
  static final String[] DATE_PARTS = {
    "year", "month", "day", "date", "julian", "hour", "minute", "second", "time", "iso8601",
    "std11", "zone", "weekday"
  };

  static void fill(Table t) {
    t.capability(Capability.of("body", "RFC 5173"));
    t.capability(Capability.of("environment", "RFC 5183"));
    t.capability(Capability.of("variables", "RFC 5229"));
    t.capability(Capability.of("spamtest", "RFC 5235 section 3.2"));
    t.capability(Capability.of("spamtestplus", "RFC 5235 section 3.2").implies("spamtest"));
    t.capability(Capability.of("virustest", "RFC 5235 section 3.3"));
    t.capability(Capability.of("date", "RFC 5260 section 4"));
    t.capability(Capability.of("ihave", "RFC 5463"));
    t.capability(Capability.of("mboxmetadata", "RFC 5490 section 4"));
    t.capability(Capability.of("servermetadata", "RFC 5490 section 4"));
    t.capability(Capability.of("convert", "RFC 6558"));
    t.capability(Capability.of("include", "RFC 6609"));
    // RFC 6785 section 3: it only adds environment items, which a script need not read.
    t.capability(Capability.of("imapsieve", "RFC 6785").untracked());
    t.capability(Capability.of("duplicate", "RFC 7352"));

    // RFC 5173 section 5.
    t.tagSet(
        BODY_TRANSFORM,
        TagSpec.flag("raw").group(BODY_TRANSFORM),
        TagSpec.of("content", Param.list("content-types", ArgRole.MEDIA_TYPE))
            .group(BODY_TRANSFORM),
        TagSpec.flag("text").group(BODY_TRANSFORM));
    t.test("body")
        .cap("body")
        .sets(COMPARATOR, MATCH_TYPE, BODY_TRANSFORM)
        .params(Param.list("key-list", ArgRole.KEYS));

    // RFC 5183 section 4.
    t.test("environment")
        .cap("environment")
        .sets(COMPARATOR, MATCH_TYPE)
        .params(Param.string("name"), Param.list("key-list", ArgRole.KEYS));

    // RFC 5229 sections 4 and 5: modifiers of one precedence exclude each other.
    t.tagSet(
        MODIFIER,
        TagSpec.flag("lower").group(MODIFIER + "/40"),
        TagSpec.flag("upper").group(MODIFIER + "/40"),
        TagSpec.flag("lowerfirst").group(MODIFIER + "/30"),
        TagSpec.flag("upperfirst").group(MODIFIER + "/30"),
        TagSpec.flag("quotewildcard").group(MODIFIER + "/20"),
        TagSpec.flag("length").group(MODIFIER + "/10"));
    t.command("set")
        .cap("variables")
        .sets(MODIFIER)
        .params(Param.string("name", ArgRole.VARIABLE_NAME), Param.string("value"));
    t.test("string")
        .cap("variables")
        .sets(MATCH_TYPE, COMPARATOR)
        .params(Param.list("source"), Param.list("key-list", ArgRole.KEYS));

    // RFC 5235 sections 3.1, 3.2 and 3.3.
    t.test("spamtest")
        .cap("spamtest")
        .tags(TagSpec.flag("percent").cap("spamtestplus"))
        .sets(COMPARATOR, MATCH_TYPE)
        .params(Param.string("value", ArgRole.NUMERIC_STRING));
    t.test("virustest")
        .cap("virustest")
        .sets(COMPARATOR, MATCH_TYPE)
        .params(Param.string("value", ArgRole.NUMERIC_STRING));

    // RFC 5260 sections 4.1 and 5.
    Param datePart = Param.string("date-part", ArgRole.DATE_PART).values(DATE_PARTS);
    t.test("date")
        .cap("date")
        .tags(
            TagSpec.of("zone", Param.string("time-zone")).group("zone"),
            TagSpec.flag("originalzone").group("zone"))
        .sets(COMPARATOR, MATCH_TYPE)
        .params(
            Param.string("header-name", ArgRole.HEADER_NAMES),
            datePart,
            Param.list("key-list", ArgRole.KEYS));
    t.test("currentdate")
        .cap("date")
        .tags(TagSpec.of("zone", Param.string("time-zone")))
        .sets(COMPARATOR, MATCH_TYPE)
        .params(datePart, Param.list("key-list", ArgRole.KEYS));

    // RFC 5463 sections 4 and 5.
    t.test("ihave").cap("ihave").params(Param.list("capabilities", ArgRole.CAPABILITIES));
    t.command("error").cap("ihave").params(Param.string("message"));

    // RFC 5490 section 4.
    t.test("metadata")
        .cap("mboxmetadata")
        .sets(MATCH_TYPE, COMPARATOR)
        .params(
            Param.string("mailbox", ArgRole.MAILBOX),
            Param.string("annotation-name"),
            Param.list("key-list", ArgRole.KEYS));
    t.test("metadataexists")
        .cap("mboxmetadata")
        .params(Param.string("mailbox", ArgRole.MAILBOX), Param.list("annotation-names"));
    t.test("servermetadata")
        .cap("servermetadata")
        .sets(MATCH_TYPE, COMPARATOR)
        .params(Param.string("annotation-name"), Param.list("key-list", ArgRole.KEYS));
    t.test("servermetadataexists").cap("servermetadata").params(Param.list("annotation-names"));

    // RFC 6558 sections 3 and 4: the same arguments as action and as test.
    Param[] convert = {
      Param.string("quoted-from-media-type", ArgRole.MEDIA_TYPE),
      Param.string("quoted-to-media-type", ArgRole.MEDIA_TYPE),
      Param.list("transcoding-params")
    };
    t.command("convert").cap("convert").params(convert);
    t.test("convert").cap("convert").params(convert);

    // RFC 6609 sections 3.2, 3.3 and 3.4.1.
    t.command("include")
        .cap("include")
        .tags(
            TagSpec.flag("personal").group("location"),
            TagSpec.flag("global").group("location"),
            TagSpec.flag("once"),
            TagSpec.flag("optional"))
        .params(Param.string("value", ArgRole.SCRIPT_NAME));
    t.command("return").cap("include");
    t.namespace(
        VariableNamespace.of(
            "global",
            "include",
            true,
            VariableNamespace.Shape.ONE_IDENTIFIER,
            "RFC 6609 section 3.5"));
    t.command("global")
        .cap("include", "variables")
        .params(Param.list("value", ArgRole.VARIABLE_NAMES));

    // RFC 7352 section 3.
    t.test("duplicate")
        .cap("duplicate")
        .tags(
            TagSpec.of("handle", Param.string("handle")),
            TagSpec.of("header", Param.string("header-name", ArgRole.HEADER_NAMES))
                .group("unique id"),
            TagSpec.of("uniqueid", Param.string("value")).group("unique id"),
            TagSpec.of("seconds", Param.number("timeout")),
            TagSpec.flag("last"));
  }
}
