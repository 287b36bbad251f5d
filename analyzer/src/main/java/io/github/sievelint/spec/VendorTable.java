package io.github.sievelint.spec;

import static io.github.sievelint.spec.Table.COMPARATOR;
import static io.github.sievelint.spec.Table.MATCH_TYPE;

import io.github.sievelint.spec.CommandSpec.Placement;

/**
 * Vendor extensions (Dovecot's vnd.dovecot.*, Proton's vnd.proton.*, Stalwart's vnd.stalwart.*) and
 * the obsolete drafts that servers still accept for old scripts (imapflags, notify).
 */
final class VendorTable {

  private VendorTable() {}

  static void fill(Table t) {
    obsoleteDrafts(t);
    dovecot(t);
    extdata(t);
    proton(t);
    stalwart(t);
    stalwartNamespaces(t);
  }

  /**
   * draft-melnikov-sieve-imapflags-03 and draft-martin-sieve-notify-01, kept by Cyrus and Dovecot
   * 2.3.
   */
  private static void obsoleteDrafts(Table t) {
    t.capability(
        Capability.of("imapflags", "draft-melnikov-sieve-imapflags-03")
            .conflicts("imap4flags")
            .asDeprecated());
    Param flags = Param.list("list-of-flags", ArgRole.FLAGS);
    for (String name : new String[] {"setflag", "addflag", "removeflag"}) {
      t.command(name).cap("imapflags").params(flags);
    }
    t.command("mark").cap("imapflags");
    t.command("unmark").cap("imapflags");
    // The draft has neither hasflag nor :flags; those came with imap4flags (Pigeonhole agrees).

    t.capability(
        Capability.of("notify", "draft-martin-sieve-notify-01")
            .conflicts("enotify")
            .asDeprecated());
    String priority = "priority";
    t.command("notify")
        .cap("notify")
        .tags(
            TagSpec.of("method", Param.string("method", ArgRole.NOTIFY_METHOD)),
            TagSpec.of("id", Param.string("id")),
            TagSpec.of("options", Param.list("options")),
            TagSpec.flag("low").group(priority),
            TagSpec.flag("normal").group(priority),
            TagSpec.flag("high").group(priority),
            TagSpec.of("message", Param.string("message")));
    Param id = Param.string("id");
    t.command("denotify")
        .cap("notify")
        .tags(
            TagSpec.of("is", id).group(MATCH_TYPE),
            TagSpec.of("contains", id).group(MATCH_TYPE),
            TagSpec.of("matches", id).group(MATCH_TYPE),
            TagSpec.flag("low").group(priority),
            TagSpec.flag("normal").group(priority),
            TagSpec.flag("high").group(priority));
  }

  /**
   * The documented vnd.dovecot extensions of Pigeonhole (doc.dovecot.org, doc/rfc/spec-bosch-*).
   */
  private static void dovecot(Table t) {
    t.capability(Capability.of("vnd.dovecot.debug", "spec-bosch-sieve-debug"));
    t.command("debug_log").cap("vnd.dovecot.debug").params(Param.string("message"));

    // Extra environment items and the "env" variables namespace; a use may not show.
    t.capability(
        Capability.of("vnd.dovecot.environment", "spec-bosch-sieve-dovecot-environment")
            .implies("environment")
            .untracked());
    // Section 4: read-only; the item's name follows "env.", '.' in it kept, '-' written as '_'.
    t.namespace(
        VariableNamespace.of(
            "env",
            "vnd.dovecot.environment",
            false,
            VariableNamespace.Shape.IDENTIFIERS,
            "spec-bosch-sieve-dovecot-environment section 4"));

    t.capability(Capability.of("vnd.dovecot.pipe", "spec-bosch-sieve-extprograms"));
    t.capability(Capability.of("vnd.dovecot.filter", "spec-bosch-sieve-extprograms"));
    t.capability(Capability.of("vnd.dovecot.execute", "spec-bosch-sieve-extprograms"));
    Param program = Param.string("program-name", ArgRole.PROGRAM_NAME);
    Param arguments = Param.list("arguments").asOptional();
    t.command("pipe")
        .cap("vnd.dovecot.pipe")
        .tags(TagSpec.flag("try"), TagSpec.flag("copy").cap("copy"))
        .params(program, arguments);
    t.command("filter").cap("vnd.dovecot.filter").params(program, arguments);
    t.test("filter").cap("vnd.dovecot.filter").params(program, arguments);
    TagSpec[] executeTags = {
      TagSpec.of("input", Param.string("input-data")).group("input"),
      TagSpec.flag("pipe").group("input"),
      TagSpec.of("output", Param.string("varname", ArgRole.VARIABLE_NAME)).cap("variables")
    };
    t.command("execute").cap("vnd.dovecot.execute").tags(executeTags).params(program, arguments);
    t.test("execute").cap("vnd.dovecot.execute").tags(executeTags).params(program, arguments);

    // The predecessor of RFC 7352, with :value where the RFC has :uniqueid.
    t.capability(Capability.of("vnd.dovecot.duplicate", "Pigeonhole 0.4").asDeprecated());
    t.test("duplicate")
        .cap("vnd.dovecot.duplicate")
        .tags(
            TagSpec.of("handle", Param.string("handle")),
            TagSpec.of("header", Param.string("header-name", ArgRole.HEADER_NAMES))
                .group("unique id"),
            TagSpec.of("value", Param.string("value")).group("unique id"),
            TagSpec.of("seconds", Param.number("timeout")),
            TagSpec.flag("last"));

    t.capability(Capability.of("vnd.dovecot.report", "spec-bosch-sieve-report"));
    t.command("report")
        .cap("vnd.dovecot.report")
        .tags(TagSpec.flag("headers_only"))
        .params(
            Param.string("feedback-type"),
            Param.string("message"),
            Param.string("address", ArgRole.ADDRESS));

    // Environment items for IMAPSIEVE events (Pigeonhole's imapsieve plugin).
    t.capability(
        Capability.of("vnd.dovecot.imapsieve", "Pigeonhole imapsieve plugin")
            .implies("imapsieve")
            .untracked());
  }

  /**
   * The extdata plugin of Pigeonhole (spec-bosch-sieve-external-data): a test on data items of an
   * external store, and the read-only "extdata" namespace of the same items. Its variables
   * validation takes one identifier after "extdata." and refuses an assignment.
   */
  private static void extdata(Table t) {
    t.capability(Capability.of("vnd.dovecot.extdata", "spec-bosch-sieve-external-data"));
    t.test("extdata")
        .cap("vnd.dovecot.extdata")
        .sets(COMPARATOR, MATCH_TYPE)
        .params(Param.string("item-name"), Param.list("key-list", ArgRole.KEYS));
    t.namespace(
        VariableNamespace.of(
            "extdata",
            "vnd.dovecot.extdata",
            false,
            VariableNamespace.Shape.ONE_IDENTIFIER,
            "spec-bosch-sieve-external-data section 6"));
  }

  /**
   * The namespaces Stalwart's interpreter has without a require (its variables documentation and
   * the variable parser of its sieve crate): env (set by the SMTP stages of the trusted
   * interpreter), envelope (assignable, fixed names), header, body and part of the message, and
   * global with its alias t. Registered after every capability's namespace.
   */
  private static void stalwartNamespaces(Table t) {
    String server = "stalwart";
    String source = "Stalwart's sieve variables";
    VariableNamespace.Shape names = VariableNamespace.Shape.IDENTIFIERS;
    VariableNamespace.Shape members = VariableNamespace.Shape.MEMBERS;
    t.namespace(VariableNamespace.builtIn("env", server, false, names, source));
    t.namespace(VariableNamespace.builtIn("header", server, false, names, source));
    t.namespace(VariableNamespace.builtIn("global", server, true, names, source));
    t.namespace(VariableNamespace.builtIn("t", server, true, names, source));
    t.namespace(
        VariableNamespace.builtIn(
            "envelope",
            server,
            true,
            members,
            source,
            "from",
            "to",
            "by_time_absolute",
            "by_time_relative",
            "by_mode",
            "by_trace",
            "notify",
            "orcpt",
            "ret",
            "envid"));
    t.namespace(
        VariableNamespace.builtIn(
            "body", server, false, members, source, "text", "html", "to_text", "to_html"));
    t.namespace(VariableNamespace.builtIn("part", server, false, members, source, "text", "raw"));
  }

  /** Proton Mail's extensions (proton.me/support/sieve-advanced-custom-filters). */
  private static void proton(Table t) {
    t.capability(Capability.of("vnd.proton.expire", "Proton Mail"));
    Param unit = Param.string("unit").values("day", "minute", "second");
    t.command("expire")
        .cap("vnd.proton.expire")
        .params(unit, Param.string("value", ArgRole.NUMERIC_STRING));
    t.command("unexpire").cap("vnd.proton.expire");
    t.test("hasexpiration").cap("vnd.proton.expire");
    t.test("expiration")
        .cap("vnd.proton.expire", "comparator-i;ascii-numeric")
        .sets(COMPARATOR, MATCH_TYPE)
        .params(unit, Param.list("key-list", ArgRole.KEYS));

    t.capability(Capability.of("vnd.proton.eval", "Proton Mail").needs("variables"));
    t.extendCommands(TagSpec.flag("eval").cap("vnd.proton.eval"), "set");
  }

  /**
   * Stalwart's extensions, from its sieve crate (stalwartlabs/sieve, compiler/grammar:
   * instruction.rs and test.rs) and stalw.art/docs/sieve/expressions. An expression is one string
   * that Stalwart compiles with its own grammar and the functions the host registers (query,
   * is_local_domain, llm_prompt...); sievelint checks only that it is a string.
   */
  private static void stalwart(Table t) {
    String expressions = "vnd.stalwart.expressions";
    t.capability(Capability.of(expressions, "Stalwart sieve crate, stalw.art/docs/sieve"));
    Param expression = Param.string("expression", ArgRole.EXPRESSION);
    // eval is a test (the expression's truth) and a command (run it for its effect, an SQL
    // update say); let stores the value in a variable, as set does, without needing "variables".
    t.test("eval").cap(expressions).params(expression);
    t.command("eval").cap(expressions).params(expression);
    t.command("let")
        .cap(expressions)
        .params(Param.string("varname", ArgRole.VARIABLE_NAME), expression);

    // while runs its block while the expression holds; break leaves the innermost while or
    // foreverypart (break :name names a foreverypart only), continue starts the next round.
    String loops = "vnd.stalwart.while";
    t.capability(Capability.of(loops, "Stalwart sieve crate, stalw.art/docs/sieve"));
    t.command("while").cap(loops).params(expression).withBlock();
    t.command("break").cap(loops).at(Placement.IN_LOOP);
    t.command("continue").cap(loops).at(Placement.IN_WHILE);
  }
}
