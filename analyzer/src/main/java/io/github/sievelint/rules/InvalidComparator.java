package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/**
 * Flags a comparator that is unknown, not enabled by its require, or unable to perform the match
 * type (RFC 5228 section 2.7.3).
 */
public final class InvalidComparator implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-comparator",
          Severity.ERROR,
          Category.SYNTAX,
          "An unknown or unrequired comparator, or one that cannot do the match type",
          InvalidComparator.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.BadComparator.class, InvalidComparator::message);
  }

  private static Validation.Message message(ValidityProblem.BadComparator problem) {
    if (problem instanceof ValidityProblem.VariableComparator variable) {
      return Validation.Message.of(
          "the comparator of the %s must be a constant name, not built from variables"
              .formatted(variable.what()));
    } else if (problem instanceof ValidityProblem.UndefinedComparator undefined) {
      return Validation.Message.of(
          ("unknown comparator \"%s\"; the server rejects the script (known: i;octet,"
                  + " i;ascii-casemap, i;ascii-numeric, i;unicode-casemap)")
              .formatted(undefined.name()));
    } else if (problem instanceof ValidityProblem.UnrequiredComparator unrequired) {
      return new Validation.Message(
          ("comparator \"%s\" is not enabled: it needs \"%s\" in the require, or the server"
                  + " rejects the script")
              .formatted(unrequired.name(), unrequired.capability()),
          "add \"%s\" to the require".formatted(unrequired.capability()));
    }
    ValidityProblem.ComparatorCannotMatch cannot = (ValidityProblem.ComparatorCannotMatch) problem;
    String why =
        cannot.matchType().equals("regex")
            ? " (:regex works with i;octet and i;ascii-casemap only)"
            : " (it has no substring operation, RFC 4790 section 9.1)";
    return Validation.Message.of(
        "comparator \"%s\" cannot do :%s matching in the %s%s"
            .formatted(cannot.name(), cannot.matchType(), cannot.what(), why));
  }
}
