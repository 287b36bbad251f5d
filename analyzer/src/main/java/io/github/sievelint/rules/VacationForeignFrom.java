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

/** Flags a vacation :from that is not one of the addresses of the account that runs it. */
public final class VacationForeignFrom implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "vacation-foreign-from",
          Severity.WARNING,
          Category.ACCOUNTS,
          "The vacation :from address is not one of the account's addresses",
          VacationForeignFrom.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (ScriptAction action : context.analysis().actions()) {
      ScriptAction.Value from = action.from();
      if (!action.kind().equals("vacation") || action.global() || from == null) {
        continue;
      }
      Optional<Address> address = context.resolver().parse(from.text());
      if (address.isEmpty() || from.text().contains("${")) {
        continue;
      }
      Resolver.Delivery delivery = context.resolver().deliver(address.get());
      if (delivery.accounts().keySet().equals(java.util.Set.of(action.account()))
          && delivery.external().isEmpty()) {
        continue;
      }
      String whose =
          delivery.accounts().isEmpty()
              ? (delivery.external().isEmpty()
                  ? "an address nobody receives"
                  : "an external address")
              : "an address of " + String.join(", ", delivery.accounts().keySet());
      context.report(
          from.where(),
          "vacation :from "
              + address.get().full()
              + " is "
              + whose
              + ", not one of "
              + action.account()
              + "'s: answers to the reply go there (where they may be forwarded or answered"
              + " again), and DMARC may reject the reply",
          List.of(),
          "use an address of " + action.account() + " in :from");
    }
  }
}
