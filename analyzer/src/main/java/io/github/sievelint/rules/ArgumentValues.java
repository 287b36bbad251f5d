package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Arguments;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.source.Span;
import io.github.sievelint.spec.ScriptBindings;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rules that check argument values (addresses, header names, regular expressions, variable
 * names) share: the script's bindings, computed once, and whether a string is a constant.
 */
final class ArgumentValues {

  private ArgumentValues() {}

  /** Every string argument of every command and test of the script, in source order. */
  static List<Argument.StringValue> allStrings(RuleContext context) {
    List<Argument.StringValue> out = new ArrayList<>();
    for (Command command : context.commands()) {
      addStrings(command.arguments(), out);
      for (Test test : Walker.tests(command.arguments())) {
        addStrings(test.arguments(), out);
      }
    }
    return out;
  }

  private static void addStrings(Arguments arguments, List<Argument.StringValue> out) {
    for (Argument a : arguments.values()) {
      out.addAll(Argument.strings(a));
    }
  }

  /** Every bound command and test of the script in {@code context}, computed once per script. */
  static ScriptBindings bindings(RuleContext context) {
    return context.shared(
        ScriptBindings.class,
        c -> {
          // The validity checks, when they ran first, bound most commands and tests already.
          Validation validation = c.computed(Validation.class);
          return validation == null
              ? ScriptBindings.of(c.commands(), (node, available) -> null)
              : ScriptBindings.of(c.commands(), validation::earlier);
        });
  }

  /**
   * Whether {@code value} is only known at run time: it holds a variable reference and the script
   * requires "variables" (without it, "${x}" is plain text, RFC 5229 section 3).
   */
  static boolean isVariable(RuleContext context, String value) {
    return bindings(context).required().contains("variables") && VariableRefs.hasRef(value);
  }

  /**
   * Whether the value of {@code string} cannot be checked: it is built from variables, or a syntax
   * error lies inside it (an unterminated string swallows the lines after it).
   */
  static boolean unknown(RuleContext context, Argument.StringValue string) {
    if (isVariable(context, string.value())) {
      return true;
    }
    Span span = string.span();
    for (SyntaxProblem problem : context.parse().problems()) {
      int at = problem.span().start();
      if (at >= span.start() && at <= span.end()) {
        return true;
      }
    }
    return false;
  }
}
