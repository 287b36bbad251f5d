package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Flags a command, test, tag or argument form whose extension no require names (RFC 5228 section
 * 3.2).
 */
public final class MissingRequire implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "missing-require",
          Severity.ERROR,
          Category.SYNTAX,
          "A command, test, tag or argument form is used without the require of its extension",
          MissingRequire.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.Unrequired.class, MissingRequire::message);
  }

  private static Validation.Message message(ValidityProblem.Unrequired problem) {
    if (problem instanceof ValidityProblem.CapabilityNeeds capability) {
      return new Validation.Message(
          ("capability \"%s\" cannot be used without %s in the require; the server rejects the"
                  + " script")
              .formatted(capability.capability(), quoted(capability.missing())),
          "add %s to the require".formatted(quoted(capability.missing())));
    }
    String used;
    List<String> missing;
    String fix = "";
    if (problem instanceof ValidityProblem.CommandNeeds command) {
      used = "the " + command.what();
      missing = command.missing();
    } else if (problem instanceof ValidityProblem.TagNeeds tag) {
      used = "tag ':%s' of the %s".formatted(tag.tag(), tag.what());
      missing = List.of(tag.capability());
    } else if (problem instanceof ValidityProblem.ArgumentNeeds argument) {
      used = "the %s argument of the %s".formatted(argument.argument(), argument.what());
      missing = List.of(argument.capability());
      fix = ", or drop the argument";
    } else {
      ValidityProblem.EnvelopePartNeeds part = (ValidityProblem.EnvelopePartNeeds) problem;
      used = "envelope part \"%s\"".formatted(part.part());
      missing = List.of(part.capability());
    }
    return new Validation.Message(
        "%s needs %s in the require; without it the server rejects the script"
            .formatted(used, quoted(missing)),
        "add %s to the require%s".formatted(quoted(missing), fix));
  }

  /** {@code "a"} or {@code "a", "b"}. */
  private static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
  }
}
