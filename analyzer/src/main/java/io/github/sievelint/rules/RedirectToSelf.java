package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Resolver;
import java.util.ArrayList;
import java.util.List;

/** Flags a redirect whose target resolves to the account that runs it. */
public final class RedirectToSelf implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "redirect-to-self",
          Severity.ERROR,
          Category.ACCOUNTS,
          "A redirect sends mail back to the account that runs the script",
          RedirectToSelf.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (RedirectTargets.Target redirect : RedirectTargets.of(context)) {
      if (redirect.action().global()) {
        continue;
      }
      List<Resolver.Step> steps =
          context
              .resolver()
              .deliver(redirect.address())
              .accounts()
              .get(redirect.action().account());
      if (steps == null) {
        continue;
      }
      List<RepositoryContext.Step> related = new ArrayList<>();
      for (Resolver.Step step : steps) {
        if (step.where() != null && related.size() < MAX_SHOWN) {
          related.add(new RepositoryContext.Step(step.where(), step.text()));
        }
      }
      context.report(
          redirect.value().where(),
          ("redirect to %s resolves to %s, the account that runs this script%s: the message comes"
                  + " back to the same script, again and again")
              .formatted(
                  redirect.value().text(),
                  redirect.action().account(),
                  steps.isEmpty() ? "" : " (" + shown(steps) + ")"),
          related,
          "redirect to another address, or use fileinto to file the message here");
    }
  }

  /** Steps shown in a message and as related locations; a longer chain is shortened. */
  static final int MAX_SHOWN = 12;

  /** The steps for the message: all of a short chain, the ends of a long one. */
  private static String shown(List<Resolver.Step> steps) {
    List<String> parts = new ArrayList<>();
    if (steps.size() <= MAX_SHOWN) {
      steps.forEach(step -> parts.add(step.toString()));
    } else {
      steps.subList(0, MAX_SHOWN / 2).forEach(step -> parts.add(step.toString()));
      parts.add("... " + (steps.size() - MAX_SHOWN) + " more steps ...");
      steps
          .subList(steps.size() - MAX_SHOWN / 2, steps.size())
          .forEach(step -> parts.add(step.toString()));
    }
    return String.join("; ", parts);
  }
}
