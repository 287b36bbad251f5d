package io.github.sievelint.rules;

import io.github.sievelint.graph.ScriptAction;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Account;
import io.github.sievelint.spec.MessageClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags accounts that can answer each other's automatic replies forever: a responder that answers
 * everything, and another responder not guarded against auto-submitted mail.
 */
public final class AutoreplyPingPong implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "autoreply-ping-pong",
          Severity.WARNING,
          Category.ACCOUNTS,
          "Two accounts can answer each other's automatic replies forever",
          AutoreplyPingPong.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    List<Account> responders = new ArrayList<>();
    for (Account account : context.model().accounts()) {
      if (account.responder()) {
        responders.add(account);
      }
    }
    if (responders.isEmpty()) {
      return;
    }
    for (int i = 1; i < responders.size(); i++) {
      Account first = responders.get(0);
      Account other = responders.get(i);
      context.report(
          other.where(),
          other.address()
              + " and "
              + first.address()
              + " both auto-answer every message: a message between them starts an endless"
              + " exchange of answers",
          List.of(new RepositoryContext.Step(first.where(), "the other responder")),
          "make one responder skip auto-submitted mail (Auto-Submitted header, RFC 3834)");
    }
    boolean suppressed =
        context.settings().server().vacationSuppression().contains(MessageClass.AUTO);
    if (suppressed) {
      return;
    }
    for (ScriptAction action : context.analysis().actions()) {
      if (!action.kind().equals("vacation") || !action.reachable() || action.guardedAgainstAuto()) {
        continue;
      }
      Account partner = null;
      for (Account responder : responders) {
        if (!responder.address().equals(action.account())) {
          partner = responder;
          break;
        }
      }
      if (partner == null) {
        continue;
      }
      context.report(
          action.name(),
          "vacation of "
              + action.account()
              + " answers auto-submitted mail, and "
              + partner.address()
              + " auto-answers every message: each answers the other's reply, forever",
          List.of(new RepositoryContext.Step(partner.where(), "the responder")),
          "skip auto-submitted mail before the vacation (if header :contains \"Auto-Submitted\""
              + " \"auto\" { stop; })");
    }
  }
}
