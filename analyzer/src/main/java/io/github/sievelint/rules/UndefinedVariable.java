package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.condition.ArgumentShape;
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

  /**
   * Whether the read is a {@code set} of the same variable that appends to it, {@code set "log"
   * "${log} one"}: starting from the empty string is the point (the accumulate idiom of RFC 5229
   * section 4), not a misspelt name.
   */
  private static boolean accumulates(VariableReads read, String name) {
    Command command = read.command();
    if (!command.is("set")) {
      return false;
    }
    List<Argument.StringValue> strings = ArgumentShape.of(command.arguments()).strings(0);
    return strings.size() == 1 && strings.get(0).value().equalsIgnoreCase(name);
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
          || accumulates(read, name)
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
