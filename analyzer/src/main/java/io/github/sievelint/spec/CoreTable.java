package io.github.sievelint.spec;

import static io.github.sievelint.spec.Table.ADDRESS_PART;
import static io.github.sievelint.spec.Table.COMPARATOR;
import static io.github.sievelint.spec.Table.MATCH_TYPE;

import io.github.sievelint.spec.CommandSpec.Placement;
import io.github.sievelint.spec.TestSpec.Subtests;

/**
 * RFC 5228: the base language, its optional extensions fileinto and envelope, encoded-character,
 * the comparators (RFC 4790, RFC 5051) and the tag sets other extensions add to.
 */
final class CoreTable {

  private CoreTable() {}

  static void fill(Table t) {
    t.capability(Capability.of("fileinto", "RFC 5228 section 4.1"));
    t.capability(Capability.of("envelope", "RFC 5228 section 5.4"));
    t.capability(Capability.of("encoded-character", "RFC 5228 section 2.4.2.4"));
    t.capability(Capability.of("comparator-i;octet", "RFC 4790 section 9.3"));
    t.capability(Capability.of("comparator-i;ascii-casemap", "RFC 4790 section 9.2"));
    t.capability(Capability.of("comparator-i;ascii-numeric", "RFC 4790 section 9.1"));
    t.capability(Capability.of("comparator-i;unicode-casemap", "RFC 5051"));

    // RFC 5228 section 2.7.3: i;octet and i;ascii-casemap need no require.
    t.comparator(new Comparator("i;octet", null, true, true));
    t.comparator(new Comparator("i;ascii-casemap", null, true, true));
    // RFC 4790 section 9.1: i;ascii-numeric has equality and ordering, no substring operation.
    t.comparator(new Comparator("i;ascii-numeric", "comparator-i;ascii-numeric", false, false));
    // The regex draft only names i;octet and i;ascii-casemap for :regex.
    t.comparator(new Comparator("i;unicode-casemap", "comparator-i;unicode-casemap", true, false));

    t.tagSet(
        COMPARATOR,
        TagSpec.of("comparator", Param.string("comparator-name", ArgRole.COMPARATOR))
            .group(COMPARATOR));
    t.tagSet(
        MATCH_TYPE,
        TagSpec.flag("is").group(MATCH_TYPE),
        TagSpec.flag("contains").group(MATCH_TYPE),
        TagSpec.flag("matches").group(MATCH_TYPE));
    t.tagSet(
        ADDRESS_PART,
        TagSpec.flag("all").group(ADDRESS_PART),
        TagSpec.flag("localpart").group(ADDRESS_PART),
        TagSpec.flag("domain").group(ADDRESS_PART));

    t.envelopePart("from", "");
    t.envelopePart("to", "");
    // Not in RFC 5228, but Pigeonhole and Exim accept the authenticated sender as "auth".
    t.envelopePart("auth", "");

    // RFC 5228 section 3: control commands.
    t.command("require")
        .params(Param.list("capabilities", ArgRole.CAPABILITIES))
        .at(Placement.PROLOGUE);
    t.command("if").withTest().withBlock();
    t.command("elsif").withTest().withBlock().at(Placement.AFTER_IF);
    t.command("else").withBlock().at(Placement.AFTER_IF);
    t.command("stop");

    // RFC 5228 section 4: actions.
    t.command("keep");
    t.command("discard");
    t.command("redirect").params(Param.string("address", ArgRole.ADDRESS));
    t.command("fileinto").cap("fileinto").params(Param.string("mailbox", ArgRole.MAILBOX));

    // RFC 5228 section 5: tests.
    t.test("address")
        .sets(COMPARATOR, ADDRESS_PART, MATCH_TYPE)
        .params(
            Param.list("header-list", ArgRole.ADDRESS_HEADERS),
            Param.list("key-list", ArgRole.KEYS));
    t.test("allof").subtests(Subtests.LIST);
    t.test("anyof").subtests(Subtests.LIST);
    t.test("envelope")
        .cap("envelope")
        .sets(COMPARATOR, ADDRESS_PART, MATCH_TYPE)
        .params(
            Param.list("envelope-part", ArgRole.ENVELOPE_PARTS),
            Param.list("key-list", ArgRole.KEYS));
    t.test("exists").params(Param.list("header-names", ArgRole.HEADER_NAMES));
    t.test("false");
    t.test("header")
        .sets(COMPARATOR, MATCH_TYPE)
        .params(
            Param.list("header-names", ArgRole.HEADER_NAMES), Param.list("key-list", ArgRole.KEYS));
    t.test("not").subtests(Subtests.ONE);
    t.test("size")
        .tags(
            TagSpec.of("over", Param.number("limit")).group("size"),
            TagSpec.of("under", Param.number("limit")).group("size"))
        .oneOf("size");
    t.test("true");
  }
}
