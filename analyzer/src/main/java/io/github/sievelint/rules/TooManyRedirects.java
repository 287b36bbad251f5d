package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleOption;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Address;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
          .needingWholeScript()
          .withOptions(
              new RuleOption(
                  "max",
                  RuleOption.Type.INTEGER,
                  "the server profile's limit",
                  "the most redirects a script may run on one path"));

  /**
   * How many different addresses {@code redirects} can send to: constant targets compared as
   * addresses (local part as written, domain case-insensitive), every other target counted apart.
   */
  private static int distinctTargets(List<Command> redirects) {
    Set<String> seen = new HashSet<>();
    int other = 0;
    for (Command redirect : redirects) {
      Optional<Argument.StringValue> target = ArgumentShape.of(redirect.arguments()).lastString();
      Optional<Address> address =
          target
              .filter(t -> VariableRefs.refs(t.value()).isEmpty())
              .flatMap(t -> Address.parse(t.value()));
      if (address.isPresent()) {
        seen.add(address.get().toString());
      } else {
        other++;
      }
    }
    return seen.size() + other;
  }

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
    List<Command> redirects = ScriptFlow.reachable(context, Set.of("redirect"));
    if (distinctTargets(redirects) <= limit) {
      // Servers send one copy per address: Pigeonhole, whose limit the profiles follow, merges
      // redirects to the same address before it counts them, so no run can pass the limit.
      return;
    }
    for (Command redirect : redirects) {
      int before = flow.entry(redirect).redirects();
      if (before + 1 > limit && before <= limit) {
        context.report(
            redirect.nameSpan(),
            "this redirect can be number "
                + (before + 1)
                + " in one run, more than the "
                + limit
                + " the "
                + context.settings().serverLabel("profile")
                + " allows: past the limit the server fails the script and forwards"
                + " nothing",
            List.of(),
            "forward to one address (an alias that fans out), or split the redirects across"
                + " exclusive branches");
      }
    }
  }
}
