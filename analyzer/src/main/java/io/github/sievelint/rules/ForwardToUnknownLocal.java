package io.github.sievelint.rules;

import io.github.sievelint.graph.ScriptAction;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Address;
import io.github.sievelint.model.Resolver;
import java.util.List;
import java.util.Optional;

/**
 * Flags a redirect to an address in a managed domain that no account, alias or catch-all receives.
 */
public final class ForwardToUnknownLocal implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "forward-to-unknown-local",
          Severity.WARNING,
          Category.ACCOUNTS,
          "A redirect target in a managed domain is received by nobody",
          ForwardToUnknownLocal.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (ScriptAction action : context.analysis().actions()) {
      if (!action.kind().equals("redirect") || !action.reachable()) {
        continue;
      }
      for (ScriptAction.Value target : action.targets()) {
        Optional<Address> address = context.resolver().parse(target.text());
        if (address.isEmpty()) {
          continue;
        }
        Resolver.Delivery delivery = context.resolver().deliver(address.get());
        if (delivery.unknown().isEmpty()) {
          continue;
        }
        String unknown = delivery.unknown().get(0);
        context.report(
            target.where(),
            "redirect to "
                + target.text()
                + (unknown.equals(address.get().base()) ? "" : " (via " + unknown + ")")
                + ": "
                + unknown.substring(unknown.indexOf('@') + 1)
                + " is a managed domain, but no account, alias or catch-all receives "
                + unknown
                + ", so the forwarded mail bounces",
            List.of(),
            "fix the address, or add the account or alias to the model");
      }
    }
  }
}
