package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.Variables;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleOption;
import io.github.sievelint.lint.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a redirect whose target is built from message data (a match variable of a header, address
 * or envelope test, a variable set from one, extracttext): whoever writes the message picks where
 * the account forwards it.
 */
public final class RedirectTargetTainted implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "redirect-target-tainted",
              Severity.ERROR,
              Category.REDIRECT,
              "A redirect target is built from message data, which makes the account an open relay",
              RedirectTargetTainted.class)
          .needingWholeScript()
          .withOptions(
              new RuleOption(
                  "domains",
                  RuleOption.Type.LIST,
                  "none",
                  "local domains: a tainted local part before one of them is only a warning"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    if (!Variables.enabled(context.script())) {
      return;
    }
    Flow flow = ScriptFlow.of(context);
    List<String> domains = ScriptFlow.listOption(context, INFO.id(), "domains", List.of());
    for (Command redirect : ScriptFlow.reachable(context, Set.of("redirect"))) {
      Optional<Argument.StringValue> target = ArgumentShape.of(redirect.arguments()).lastString();
      if (target.isEmpty()) {
        continue;
      }
      String value = target.get().value();
      String origin = Variables.taint(value, flow.entry(redirect));
      if (origin == null) {
        continue;
      }
      boolean localPartOnly = localPartOnly(value, domains);
      context.report(
          localPartOnly ? Severity.WARNING : Severity.ERROR,
          target.get().span(),
          "redirect target \""
              + value
              + "\" takes "
              + origin
              + ": "
              + (localPartOnly
                  ? "the sender of the message picks which local mailbox gets a copy"
                  : "whoever writes the message picks where this account forwards it, an open"
                      + " relay"),
          "redirect to a constant address, or choose among constant addresses with if/elsif");
    }
  }

  /** Whether only the local part holds references and the domain is a constant local domain. */
  private static boolean localPartOnly(String target, List<String> domains) {
    int at = target.lastIndexOf('@');
    if (at < 0) {
      return false;
    }
    String domain = target.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    if (!VariableRefs.refs(domain).isEmpty() || domain.contains("${")) {
      return false;
    }
    return domains.stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(domain));
  }
}
