package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/**
 * Flags a capability in require that no extension defines, that the server profile lacks, or that
 * conflicts with another (RFC 5228 section 3.2).
 */
public final class UnknownCapability implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unknown-capability",
          Severity.ERROR,
          Category.SYNTAX,
          "A require names a capability that is unknown or that the server does not support",
          UnknownCapability.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.BadCapability.class, UnknownCapability::message);
  }

  private static Validation.Message message(ValidityProblem.BadCapability problem) {
    if (problem instanceof ValidityProblem.ConflictingCapability c) {
      String relation = c.obsolete() ? "an obsolete predecessor of" : "in conflict with";
      return new Validation.Message(
          ("capabilities \"%s\" and \"%s\" cannot be required together (%s is %s %s); the server"
                  + " rejects the script")
              .formatted(c.capability(), c.other(), c.capability(), relation, c.other()),
          "keep only \"%s\"".formatted(c.other()));
    } else if (problem instanceof ValidityProblem.CommandRequired command) {
      return new Validation.Message(
          ("\"%s\" is not a capability but a command every Sieve server has; requiring it makes"
                  + " the server reject the script")
              .formatted(command.name()),
          "remove \"%s\" from the require".formatted(command.name()));
    } else if (problem instanceof ValidityProblem.UndefinedCapability undefined) {
      String hint = undefined.suggestion();
      return Validation.Message.of(
          "unknown capability \"%s\"; the server rejects the script%s"
              .formatted(
                  undefined.name(), hint == null ? "" : " (did you mean \"" + hint + "\"?)"));
    }
    ValidityProblem.UnsupportedCapability unsupported =
        (ValidityProblem.UnsupportedCapability) problem;
    return Validation.Message.of(
        "capability \"%s\" is not supported on the %s profile; the server rejects the script"
            .formatted(unsupported.name(), unsupported.profile()));
  }
}
