package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Location;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.model.ModelProblem;
import java.util.List;
import java.util.Set;

/**
 * Flags a script that no account, global slot or include uses, and an account whose script file is
 * missing (an error).
 */
public final class UnassignedScript implements RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unassigned-script",
          Severity.INFO,
          Category.ACCOUNTS,
          "A script no account uses, or an account whose script is missing",
          UnassignedScript.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void prepare(MailModel model) {
    // The walk of the repository's folders is remembered by the model's paths for check.
    model.paths().scripts();
  }

  @Override
  public void check(RepositoryContext context) {
    for (ModelProblem problem : context.model().problems()) {
      if (problem.kind() == ModelProblem.Kind.MISSING_SCRIPT) {
        context.report(
            Severity.ERROR,
            problem.where(),
            problem.message(),
            List.of(),
            "fix the script path, or add the script");
      }
    }
    Set<String> used = context.analysis().usedScripts();
    for (String script : context.model().paths().scripts()) {
      if (!used.contains(script)) {
        context.report(
            Location.fileStart(script),
            "no account, global script slot or include uses " + script + ", so it never runs",
            List.of(),
            "assign it to an account in " + "sievelint.yaml, include it, or delete it");
      }
    }
  }
}
