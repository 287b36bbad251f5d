package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Arguments;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.condition.StringMatch;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.Variables;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.SieveLanguage;
import io.github.sievelint.spec.TestSpec;
import java.util.List;

/** Flags a {@code :matches} key with no {@code *} or {@code ?}: it compares like {@code :is}. */
public final class MatchesWithoutWildcard implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "matches-without-wildcard",
              Severity.INFO,
              Category.HYGIENE,
              "A :matches key holds no wildcard, so :is was meant",
              MatchesWithoutWildcard.class)
          .withFix(
              Fix.Applicability.SAFE,
              "`:matches` becomes `:is`, which compares the same way when no key holds a wildcard,"
                  + " a backslash or a variable. With a backslash (an escape under `:matches`) or a"
                  + " variable (which may bring a wildcard in) in some key, there is no fix.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    boolean variables = Variables.enabled(context.script());
    for (Command command : context.commands()) {
      if (!flow.reachable(command)) {
        continue;
      }
      if (command.is("deleteheader")) {
        // deleteheader <field-name> [<value-patterns>]: only the optional patterns are keys.
        checkKeys(
            context,
            ArgumentShape.of(command.arguments()).strings(1),
            command.arguments(),
            variables);
      }
      for (Test test : Walker.tests(command.arguments())) {
        checkArguments(context, test, test.arguments(), variables);
      }
    }
  }

  private static void checkArguments(
      RuleContext context, Test test, Arguments arguments, boolean variables) {
    TestSpec spec = arguments.hasTag("matches") ? withMatches(test) : null;
    if (spec == null) {
      return;
    }
    // The key list is the last positional argument of every test that takes :matches; a tag's
    // argument (a :comparator name) is not a key, and a test missing its keys has none.
    List<Argument> positional = ArgumentShape.of(arguments).positional();
    if (positional.isEmpty() || positional.size() < spec.requiredCount()) {
      return;
    }
    checkKeys(
        context, Argument.strings(positional.get(positional.size() - 1)), arguments, variables);
  }

  /** The signature of {@code test} that has the {@code :matches} match type, if any. */
  private static @org.jspecify.annotations.Nullable TestSpec withMatches(Test test) {
    for (TestSpec spec : SieveLanguage.standard().tests(test.name())) {
      if (spec.tag("matches").isPresent()) {
        return spec;
      }
    }
    return null;
  }

  private static void checkKeys(
      RuleContext context, List<Argument.StringValue> keys, Arguments owner, boolean variables) {
    Argument.Tag matches = owner.tag("matches").orElse(null);
    if (matches == null) {
      return;
    }
    // A list that mixes exact keys with patterns is a normal use of :matches.
    if (keys.stream().anyMatch(k -> StringMatch.hasWildcard(k.value()))) {
      return;
    }
    Fix fix = fix(keys, matches, variables);
    for (Argument.StringValue key : keys) {
      String value = key.value();
      if (StringMatch.hasWildcard(value) || (variables && !VariableRefs.refs(value).isEmpty())) {
        continue;
      }
      context.report(
          key.span(),
          ":matches key \""
              + value
              + "\" has no * or ?, so it matches only that exact value, as :is would",
          List.of(),
          "use :is, or add the wildcards you meant (\"*" + value + "*\")",
          fix);
    }
  }

  /**
   * {@code :is} in place of {@code :matches}, when it compares the same: no key escapes a character
   * (a backslash is an escape under {@code :matches} and a plain character under {@code :is}) and
   * no key holds a variable (whose value may hold a wildcard).
   */
  private static @org.jspecify.annotations.Nullable Fix fix(
      List<Argument.StringValue> keys, Argument.Tag matches, boolean variables) {
    for (Argument.StringValue key : keys) {
      if (key.value().indexOf('\\') >= 0
          || (variables && !VariableRefs.refs(key.value()).isEmpty())) {
        return null;
      }
    }
    return Fix.safe("use :is", List.of(new Fix.Edit(matches.span(), ":is")));
  }
}
