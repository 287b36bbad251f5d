package io.github.sievelint.rules;

import io.github.sievelint.graph.ScriptAction;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Address;
import io.github.sievelint.model.Resolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags a vacation :addresses entry that is another account's address, a list, or an alias that
 * fans out.
 */
public final class VacationForeignAddresses implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "vacation-foreign-addresses",
          Severity.WARNING,
          Category.ACCOUNTS,
          "The vacation :addresses list names another account's address or a list",
          VacationForeignAddresses.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (ScriptAction action : context.analysis().actions()) {
      if (!action.kind().equals("vacation") || action.global()) {
        continue;
      }
      for (ScriptAction.Value entry : action.addresses()) {
        Optional<Address> address = context.resolver().parse(entry.text());
        if (address.isEmpty() || entry.text().contains("${")) {
          continue;
        }
        Resolver.Delivery delivery = context.resolver().deliver(address.get());
        List<String> others = new ArrayList<>(delivery.accounts().keySet());
        others.remove(action.account());
        int fanOut = delivery.accounts().size() + delivery.external().size();
        boolean alias = context.resolver().target(address.get()).kind() == Resolver.Kind.ALIAS;
        String problem;
        if (alias && fanOut >= 2) {
          problem = "is a list that fans out to " + fanOut + " addresses";
        } else if (!others.isEmpty()) {
          problem = "is an address of another account, " + String.join(", ", others);
        } else {
          continue;
        }
        context.report(
            entry.where(),
            "vacation :addresses entry "
                + address.get().full()
                + " "
                + problem
                + ": "
                + action.account()
                + " then answers mail that was sent to others",
            List.of(),
            "list only the addresses of " + action.account() + " in :addresses");
      }
    }
  }
}
