package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Resolver;
import java.util.List;

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
    for (RedirectTargets.Target redirect : RedirectTargets.of(context)) {
      Resolver.Delivery delivery = context.resolver().deliver(redirect.address());
      if (delivery.unknown().isEmpty()) {
        continue;
      }
      String unknown = delivery.unknown().get(0);
      context.report(
          redirect.value().where(),
          "redirect to "
              + redirect.value().text()
              + (unknown.equals(redirect.address().base()) ? "" : " (via " + unknown + ")")
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
