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
    for (ScriptAction action : context.analysis().actions()) {
      if (!action.kind().equals("redirect") || !action.global() || !action.reachable()) {
        continue;
      }
      for (ScriptAction.Value target : action.targets()) {
        Optional<Address> address = context.resolver().parse(target.text());
        if (address.isEmpty()
            || !context
                .resolver()
                .deliver(address.get())
                .accounts()
                .containsKey(action.account())) {
          continue;
        }
        Optional<Account> account = context.resolver().account(action.account());
        List<String> own = new ArrayList<>();
        own.add(action.account());
        own.add(address.get().full());
        own.add(address.get().base());
        account.ifPresent(a -> a.aliases().stream().map(AliasTarget::target).forEach(own::add));
        if (action.excludesRecipient(own)) {
          continue;
        }
        context.report(
            target.where(),
            "global script redirects to "
                + target.text()
                + ", which reaches "
                + action.account()
                + ", an account that runs this script too: mail to it is redirected to itself"
                + " again on every delivery",
            List.of(),
            "skip mail already addressed to the target (if not envelope :is \"to\" \""
                + action.account()
                + "\" { redirect ...; })");
      }
    }
  }
}
