package io.github.sievelint.rules;

import io.github.sievelint.graph.ScriptAction;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Account;
import io.github.sievelint.model.Address;
import io.github.sievelint.model.AliasTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags a redirect in a global script to an account that also runs that script, with no test that
 * skips mail addressed to that account.
 */
public final class GlobalRedirectIntoParticipant implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "global-redirect-into-participant",
          Severity.ERROR,
          Category.ACCOUNTS,
          "A global script redirects to an account that runs the same global script",
          GlobalRedirectIntoParticipant.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (RedirectTargets.Target redirect : RedirectTargets.of(context)) {
      ScriptAction action = redirect.action();
      Address address = redirect.address();
      if (!action.global()
          || !context.resolver().deliver(address).accounts().containsKey(action.account())) {
        continue;
      }
      Optional<Account> account = context.resolver().account(action.account());
      List<String> own = new ArrayList<>();
      own.add(action.account());
      own.add(address.full());
      own.add(address.base());
      account.ifPresent(a -> a.aliases().stream().map(AliasTarget::target).forEach(own::add));
      if (action.excludesRecipient(own)) {
        continue;
      }
      context.report(
          redirect.value().where(),
          ("global script redirects to %s, which reaches %s, an account that runs this script too:"
                  + " mail to it is redirected to itself again on every delivery")
              .formatted(redirect.value().text(), action.account()),
          List.of(),
          ("skip mail already addressed to the target (if not envelope :is \"to\" \"%s\""
                  + " { redirect ...; })")
              .formatted(action.account()));
    }
  }
}
