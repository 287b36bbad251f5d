package io.github.sievelint.rules;

import io.github.sievelint.graph.ScriptAction;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.model.Address;
import java.util.ArrayList;
import java.util.List;

/** What the rules about forwarding look at: the targets of the redirects that can run. */
final class RedirectTargets {

  private RedirectTargets() {}

  /**
   * One target of a redirect.
   *
   * @param action the redirect
   * @param value the target as written, and where
   * @param address what it parses to
   */
  record Target(ScriptAction action, ScriptAction.Value value, Address address) {}

  /** The targets of every reachable redirect that parse as addresses, in action order. */
  static List<Target> of(RepositoryContext context) {
    List<Target> out = new ArrayList<>();
    for (ScriptAction action : context.analysis().actions()) {
      if (!action.kind().equals("redirect") || !action.reachable()) {
        continue;
      }
      for (ScriptAction.Value value : action.targets()) {
        context
            .resolver()
            .parse(value.text())
            .ifPresent(address -> out.add(new Target(action, value, address)));
      }
    }
    return out;
  }
}
