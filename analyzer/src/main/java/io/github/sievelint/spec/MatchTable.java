package io.github.sievelint.spec;

import static io.github.sievelint.spec.Table.ADDRESS_PART;
import static io.github.sievelint.spec.Table.MATCH_TYPE;

/**
 * Extensions that add ways to match: relational (RFC 5231), subaddress (RFC 5233), index (RFC 5260
 * section 6), extlists (RFC 6134) and the regex draft (draft-murchison-sieve-regex-07).
 */
final class MatchTable {

  private MatchTable() {}

  static void fill(Table t) {
    t.capability(Capability.of("relational", "RFC 5231"));
    t.capability(Capability.of("subaddress", "RFC 5233"));
    t.capability(Capability.of("index", "RFC 5260 section 6"));
    t.capability(Capability.of("extlists", "RFC 6134"));
    t.capability(Capability.of("regex", "draft-murchison-sieve-regex"));

    // RFC 5231 section 4: the relational match types take the operator as their argument.
    Param relation =
        Param.string("relational-match", ArgRole.RELATION)
            .values("gt", "ge", "lt", "le", "eq", "ne");
    t.tagSet(
        MATCH_TYPE,
        TagSpec.of("count", relation).cap("relational").group(MATCH_TYPE),
        TagSpec.of("value", relation).cap("relational").group(MATCH_TYPE),
        TagSpec.flag("regex").cap("regex").group(MATCH_TYPE),
        TagSpec.flag("list").cap("extlists").group(MATCH_TYPE));

    // RFC 5233 section 4.
    t.tagSet(
        ADDRESS_PART,
        TagSpec.flag("user").cap("subaddress").group(ADDRESS_PART),
        TagSpec.flag("detail").cap("subaddress").group(ADDRESS_PART));

    // RFC 5260 section 6: which occurrence of a header field to test.
    TagSpec index = TagSpec.of("index", Param.number("fieldno")).cap("index");
    TagSpec last = TagSpec.flag("last").cap("index").requires("index");
    t.extendTests(index, "header", "address", "date");
    t.extendTests(last, "header", "address", "date");

    // draft-murchison-sieve-regex-07 has no :quoteregex modifier (it came with -08); Pigeonhole
    // follows -07 and rejects it, so the table does too.

    // RFC 6134 section 2.5 and 2.6: the test, and redirect to a list (its argument names the list).
    t.test("valid_ext_list").cap("extlists").params(Param.list("ext-list-names", ArgRole.EXT_LIST));
    t.extendCommands(TagSpec.flag("list").cap("extlists"), "redirect");
  }
}
