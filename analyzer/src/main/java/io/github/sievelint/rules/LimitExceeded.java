package io.github.sievelint.rules;

import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.graph.Analysis;
import io.github.sievelint.graph.IncludeProblem;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.EffectiveScripts;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Includes;
import io.github.sievelint.model.Location;
import java.util.List;
import java.util.Map;

/**
 * Reports a script that exceeds what sievelint analyses (size, nesting depth), and, in a
 * repository, includes left out by the include limits and forwarding components whose cycle search
 * stopped at a cap.
 */
public final class LimitExceeded implements Rule, RepositoryRule {

  static final RuleInfo INFO =
      new RuleInfo(
          "limit-exceeded",
          Severity.ERROR,
          Category.SYNTAX,
          "A script, its includes or the forwarding graph exceed a limit and are not analysed in full",
          LimitExceeded.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public boolean reportsPerFile() {
    return true;
  }

  @Override
  public void check(RuleContext context) {
    for (SyntaxProblem problem : context.parse().problems()) {
      if (problem.kind() == SyntaxProblem.Kind.LIMIT) {
        context.report(problem.span(), problem.message());
      }
    }
  }

  @Override
  public void check(RepositoryContext context) {
    Analysis analysis = context.analysis();
    for (IncludeProblem.LimitHit hit : analysis.includeProblems(IncludeProblem.LimitHit.class)) {
      String message =
          hit.limit() == IncludeProblem.Limit.DEPTH
              ? Includes.depthMessage(hit.name())
              : Includes.countMessage(hit.name());
      context.report(Severity.WARNING, hit.where(), message, List.of(), null);
    }
    for (EffectiveScripts.Limit limit : context.effectiveScripts().limits()) {
      context.report(Severity.WARNING, limit.where(), limit.message(), List.of(), null);
    }
    for (Map.Entry<Location, String> limit : context.graph().cycleLimits()) {
      context.report(Severity.WARNING, limit.getKey(), limit.getValue(), List.of(), null);
    }
  }
}
