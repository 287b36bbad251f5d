package io.github.sievelint.spec;

import static io.github.sievelint.spec.Table.MODIFIER;

import io.github.sievelint.spec.CommandSpec.Placement;

/** RFC 5703: foreverypart, mime, replace, enclose and extracttext. */
final class MimeTable {

  private MimeTable() {}

  static void fill(Table t) {
    t.capability(Capability.of("foreverypart", "RFC 5703 section 3"));
    t.capability(Capability.of("mime", "RFC 5703 section 4"));
    t.capability(Capability.of("replace", "RFC 5703 section 5"));
    t.capability(Capability.of("enclose", "RFC 5703 section 6"));
    // RFC 5703 section 7 makes extracttext depend on variables; it is only usable inside
    // foreverypart, so Pigeonhole also insists on that require.
    t.capability(
        Capability.of("extracttext", "RFC 5703 section 7").needs("variables", "foreverypart"));

    // RFC 5703 section 3.
    t.command("foreverypart")
        .cap("foreverypart")
        .tags(TagSpec.of("name", Param.string("name")))
        .withBlock();
    t.command("break")
        .cap("foreverypart")
        .tags(TagSpec.of("name", Param.string("name")))
        .at(Placement.IN_LOOP);

    // RFC 5703 section 4: tests on the MIME parts, and on parameters of structured headers.
    TagSpec mime = TagSpec.flag("mime").cap("mime");
    TagSpec anychild = TagSpec.flag("anychild").cap("mime").requires("mime");
    t.extendTests(mime, "header", "address", "exists");
    t.extendTests(anychild, "header", "address", "exists");
    for (String option : new String[] {"type", "subtype", "contenttype"}) {
      t.extendTests(
          TagSpec.flag(option).cap("mime").group("mime option").requires("mime"), "header");
    }
    t.extendTests(
        TagSpec.of("param", Param.list("param-list"))
            .cap("mime")
            .group("mime option")
            .requires("mime"),
        "header");

    // RFC 5703 sections 5, 6 and 7.
    t.command("replace")
        .cap("replace")
        .tags(
            TagSpec.flag("mime"),
            TagSpec.of("subject", Param.string("subject")),
            TagSpec.of("from", Param.string("from", ArgRole.ADDRESS)))
        .params(Param.string("replacement"));
    t.command("enclose")
        .cap("enclose")
        .tags(
            TagSpec.of("subject", Param.string("subject")),
            TagSpec.of("headers", Param.list("headers")))
        .params(Param.string("text"));
    t.command("extracttext")
        .cap("extracttext")
        .sets(MODIFIER)
        .tags(TagSpec.of("first", Param.number("number")))
        .params(Param.string("varname", ArgRole.VARIABLE_NAME))
        .at(Placement.IN_FOREVERYPART);
  }
}
