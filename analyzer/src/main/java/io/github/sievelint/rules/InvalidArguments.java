package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Includes;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.ServerProfiles;
import io.github.sievelint.spec.SieveLanguage;

/**
 * Flags arguments that do not fit the usage of their command or test: count, types, tags, values,
 * tests and blocks.
 */
public final class InvalidArguments implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-arguments",
          Severity.ERROR,
          Category.SYNTAX,
          "A command or test has the wrong arguments, tags, tests or block",
          InvalidArguments.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.BadArgument.class, InvalidArguments::message);
  }

  private static Validation.Message message(ValidityProblem.BadArgument problem) {
    String rejects = "; the server rejects the script";
    if (problem instanceof ValidityProblem.Unbound unbound) {
      return Validation.Message.of(unbound.problem().message());
    } else if (problem instanceof ValidityProblem.CommandTestCount count) {
      String found = count.found() == 0 ? "none" : String.valueOf(count.found());
      return Validation.Message.of(
          "the %s needs exactly one test, found %s; usage: %s <test> <block>"
              .formatted(count.what(), found, count.what().name()));
    } else if (problem instanceof ValidityProblem.UnexpectedTest test) {
      return Validation.Message.of(
          "the %s takes no test, found test '%s'; usage: %s"
              .formatted(test.what(), test.test(), test.usage()));
    } else if (problem instanceof ValidityProblem.WrongBlock block) {
      String wrong =
          block.needed()
              ? "needs a block of commands in braces"
              : "takes no block; end it with ';' instead";
      return Validation.Message.of("the %s %s".formatted(block.what(), wrong));
    } else if (problem instanceof ValidityProblem.UnexpectedNestedTest test) {
      return Validation.Message.of(
          "the %s takes no nested test, found '%s'; usage: %s"
              .formatted(test.what(), test.test(), test.usage()));
    } else if (problem instanceof ValidityProblem.NestedTestCount count) {
      return Validation.Message.of(
          "the %s needs exactly one test, found %s; usage: not <test>"
              .formatted(count.what(), count.found()));
    } else if (problem instanceof ValidityProblem.MissingTestList list) {
      return Validation.Message.of(
          "the %s needs a list of tests in parentheses; usage: %s (<test>, ...)"
              .formatted(list.what(), list.what().name()));
    } else if (problem instanceof ValidityProblem.MalformedOption option) {
      return Validation.Message.of(
          "option \"%s\" of the %s is not of the form name=value (RFC 5435 section 3.5)%s"
              .formatted(option.option(), option.what(), rejects));
    } else if (problem instanceof ValidityProblem.NulInHeaderValue value) {
      return Validation.Message.of(
          "the header value of the %s holds a NUL character%s".formatted(value.what(), rejects));
    } else if (problem instanceof ValidityProblem.UndefinedEnvelopePart part) {
      String known = String.join(", ", SieveLanguage.standard().envelopeParts());
      return Validation.Message.of(
          "envelope part \"%s\" is not defined by any extension (known: %s)%s"
              .formatted(part.part(), known, rejects));
    } else if (problem instanceof ValidityProblem.NotAnAddressHeader header) {
      return new Validation.Message(
          ("the address test only reads headers that hold addresses (From, To, Cc, Bcc, Sender,"
                  + " Reply-To, ...), not \"%s\" (RFC 5228 section 5.1)%s")
              .formatted(header.header(), rejects),
          "use the header test for \"%s\"".formatted(header.header()));
    } else if (problem instanceof ValidityProblem.UnsupportedNotifyMethod method) {
      ServerProfile profile = method.profile();
      String supported = String.join(", ", profile.notifyMethods());
      if (profile.equals(ServerProfiles.GENERIC)) {
        // The strictest profile: Pigeonhole rejects the script when it compiles it; elsewhere an
        // unsupported method is an error at run time (RFC 5435 section 3.2). Only mailto is
        // required of every server.
        return new Validation.Message(
            ("notification method \"%s\" is not one every server has (only mailto is, RFC 5435"
                    + " section 3.2): Pigeonhole rejects the script, other servers that lack it"
                    + " fail the notify at run time")
                .formatted(method.scheme()),
            "put the notify inside an if that tests valid_notify_method with the same URI, or"
                + " lint with --server for the server you deploy to");
      }
      return Validation.Message.of(
          "notification method \"%s\" is not supported on the %s profile (supported: %s)%s"
              .formatted(method.scheme(), profile.id(), supported, rejects));
    } else if (problem instanceof ValidityProblem.ProgramPath program) {
      return Validation.Message.of(
          ("program name \"%s\" of the %s is not a plain file name; the server only runs"
                  + " programs from its configured directory and rejects the script")
              .formatted(program.name(), program.what()));
    } else if (problem instanceof ValidityProblem.InvalidScriptName script) {
      return new Validation.Message(
          ("invalid script name \"%s\": a script name is not empty and holds no control"
                  + " characters (RFC 5804 section 1.6), so the server rejects the script")
              .formatted(Includes.shown(script.name())),
          "name the script to include");
    } else if (problem instanceof ValidityProblem.NumberTooLarge number) {
      return Validation.Message.of(
          "number %s is larger than any Sieve server reads (2^64 - 1)".formatted(number.raw()));
    }
    ValidityProblem.NotUnicode unicode = (ValidityProblem.NotUnicode) problem;
    return Validation.Message.of(
        "${unicode:%s} is not a Unicode character (RFC 5228 section 2.4.2.4)%s"
            .formatted(unicode.hex(), rejects));
  }
}
