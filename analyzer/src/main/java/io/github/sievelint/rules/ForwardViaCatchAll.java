package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.AliasTarget;
import io.github.sievelint.model.Resolver;
import java.util.List;

/** Flags a redirect whose target no account or alias receives, only a catch-all: often a typo. */
public final class ForwardViaCatchAll implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "forward-via-catch-all",
          Severity.INFO,
          Category.ACCOUNTS,
          "A redirect target is received only by a catch-all",
          ForwardViaCatchAll.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (RedirectTargets.Target redirect : RedirectTargets.of(context)) {
      Resolver.Target first = context.resolver().target(redirect.address());
      AliasTarget catchAll = first.catchAll();
      if (first.kind() != Resolver.Kind.CATCH_ALL || catchAll == null) {
        continue;
      }
      context.report(
          redirect.value().where(),
          ("redirect to %s: no account or alias has this address, only the catch-all of %s takes"
                  + " it (to %s); a typo?")
              .formatted(redirect.value().text(), redirect.address().domain(), catchAll.target()),
          List.of(new RepositoryContext.Step(catchAll.where(), "the catch-all")),
          "redirect to the address of an account or alias");
    }
  }
}
