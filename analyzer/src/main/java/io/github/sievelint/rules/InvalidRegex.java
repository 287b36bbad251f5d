package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.ArgRole;
import io.github.sievelint.spec.ScriptBindings;
import java.util.List;

/**
 * Flags a {@code :regex} key that is not a POSIX extended regular expression (regex draft section
 * 3, which defers to POSIX.2 section 9.4).
 */
public final class InvalidRegex implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-regex",
          Severity.ERROR,
          Category.SYNTAX,
          "A :regex key that does not compile as a POSIX extended regular expression",
          InvalidRegex.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (ScriptBindings.Bound bound : ArgumentValues.bindings(context).all()) {
      if (!bound.binding().matchType().equals("regex")) {
        continue;
      }
      for (Argument.StringValue key : bound.binding().stringsWithRole(ArgRole.KEYS)) {
        if (ArgumentValues.unknown(context, key)) {
          continue;
        }
        String problem = PosixRegex.problem(key.value());
        if (problem != null) {
          context.report(
              key.span(),
              "regular expression '"
                  + key.value()
                  + "' does not compile: "
                  + problem
                  + "; the server rejects the script",
              List.of(),
              "escape special characters with a backslash (\"\\\\.\" in a Sieve string)");
        }
      }
    }
  }
}
