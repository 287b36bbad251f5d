package io.github.sievelint.rules;

import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.flow.Path;
import io.github.sievelint.flow.Variables;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Flags {@code ${0}}..{@code ${9}} read where some path has no successful {@code :matches} or
 * {@code :regex} test before it (RFC 5229 section 3.2: they are then empty, or hold what an older
 * match left).
 */
public final class MatchVariableUnset implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "match-variable-unset",
              Severity.WARNING,
              Category.HYGIENE,
              "A match variable is read where no :matches or :regex test has set it on every path",
              MatchVariableUnset.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Set<String> seen = new HashSet<>();
    for (VariableReads read : VariableReads.of(context)) {
      if (!read.ref().numeric()) {
        continue;
      }
      if (read.test() != null && earlierMatchInCondition(read)) {
        continue;
      }
      Path unset = pathWithoutMatch(read);
      if (unset == null || !seen.add(read.string().span().start() + ":" + read.ref().name())) {
        continue;
      }
      String steps = unset.describeSteps(context.source().path());
      context.report(
          read.string().span(),
          "${"
              + read.ref().name()
              + "} is read here, but "
              + (steps.isEmpty()
                  ? "no :matches or :regex test before it has matched"
                  : "no :matches or :regex test has matched on the path through " + steps)
              + ": it expands to the empty string or to an older match",
          List.of(),
          "read it inside the if whose :matches test sets it, or copy it with set right there");
    }
  }

  /** A path without a successful match; kept paths are real paths, even past the cap. */
  private static @Nullable Path pathWithoutMatch(VariableReads read) {
    for (Path path : read.state().paths().paths()) {
      boolean matched = false;
      for (Literal literal : path.literals()) {
        if (literal.positive() && Variables.setsMatchVariables(literal.test())) {
          matched = true;
          break;
        }
      }
      if (!matched) {
        return path;
      }
    }
    return null;
  }

  /** Whether a capturing test runs before the reading test within the same condition. */
  private static boolean earlierMatchInCondition(VariableReads read) {
    Test reader = read.test();
    if (reader == null) {
      return false;
    }
    for (Test test : Walker.tests(read.command().arguments())) {
      if (test.span().end() <= reader.span().start() && Variables.setsMatchVariables(test)) {
        return true;
      }
    }
    return false;
  }
}
