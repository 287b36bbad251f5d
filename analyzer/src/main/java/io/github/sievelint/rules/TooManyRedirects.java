package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.List;
import java.util.Set;

/**
 * Flags the redirect that can push one run past the profile's redirect limit (option {@code max}
 * overrides it): past the limit the server fails the script and forwards nothing.
 */
public final class TooManyRedirects implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "too-many-redirects",
              Severity.WARNING,
              Category.REDIRECT,
              "More redirects can run in one execution than the server allows",
              TooManyRedirects.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    long limit = context.longOption("max", context.settings().server().maxRedirects().orElse(-1));
    if (limit < 0) {
      return;
    }
    Flow flow = ScriptFlow.of(context);
    for (Command redirect : ScriptFlow.reachable(context, Set.of("redirect"))) {
      int before = flow.entry(redirect).redirects();
      if (before + 1 > limit && before <= limit) {
        context.report(
            redirect.nameSpan(),
            "this redirect can be number "
                + (before + 1)
                + " in one run, more than the "
                + limit
                + " the "
                + context.settings().server().id()
                + " profile allows: past the limit the server fails the script and forwards"
                + " nothing",
            List.of(),
            "forward to one address (an alias that fans out), or split the redirects across"
                + " exclusive branches");
      }
    }
  }
}
