package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.EffectiveScripts;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Location;
import java.util.List;

/**
 * Flags a {@code stop} in a global {@code before} script reached while the implicit keep is in
 * effect: it ends that script only, and the personal script still runs (GUARDS.md, Paths).
 */
public final class GlobalStopNotExiting implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "global-stop-not-exiting",
          Severity.WARNING,
          Category.GUARDS,
          "A stop in a global before script does not keep the later scripts from running",
          GlobalStopNotExiting.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RepositoryContext context) {
    for (EffectiveScripts.Script script : context.effectiveScripts().scripts()) {
      for (Location stop : script.globalStops()) {
        context.report(
            stop,
            "this stop ends only the global before script: the implicit keep is still in effect,"
                + " so the personal script and the scripts after it still run for this message"
                + " (a guard that ends here does not protect them)",
            List.of(),
            "cancel the implicit keep before the stop: discard; stop; (or fileinto \"Junk\"; stop;)");
      }
    }
  }
}
