package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flags a variable read that no {@code set}, {@code extracttext}, {@code global}, imap4flags
 * variable or {@code execute :output} before it can have assigned (RFC 5229 section 3: an unset
 * variable expands to the empty string).
 */
public final class UndefinedVariable implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "undefined-variable",
              Severity.WARNING,
              Category.HYGIENE,
              "A variable is read that nothing before it assigns",
              UndefinedVariable.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Set<String> seen = new HashSet<>();
    for (VariableReads read : VariableReads.of(context)) {
      if (read.ref().numeric() || read.ref().namespaced()) {
        continue;
      }
      String name = read.ref().name();
      if (read.state().defined().contains(name)
          || !seen.add(read.string().span().start() + ":" + name)) {
        continue;
      }
      context.report(
          read.string().span(),
          "${"
              + name
              + "} is read here but no set before it assigns it: it expands to the empty string",
          List.of(),
          "set \"" + name + "\" before this line, or fix the name");
    }
  }
}
