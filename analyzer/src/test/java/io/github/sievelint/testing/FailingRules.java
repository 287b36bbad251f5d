package io.github.sievelint.testing;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.EffectiveScriptRule;
import io.github.sievelint.lint.RepositoryContext;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Location;
import io.github.sievelint.rules.BuiltinRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules with bugs on purpose, for the tests that show a failure is contained (here, in the command
 * line and in the Maven plugin): each fails on files that say "boom", or on every repository.
 */
public final class FailingRules {

  private FailingRules() {}

  /** The built-in rules and the three failing ones. */
  public static RuleRegistry registry() {
    List<Rule> rules = new ArrayList<>(BuiltinRules.registry().rules());
    rules.add(new Exploding());
    rules.add(new Overflowing());
    rules.add(new Broken());
    return new RuleRegistry(rules);
  }

  /** The built-in rules and {@link Exploding} only. */
  public static RuleRegistry exploding() {
    List<Rule> rules = new ArrayList<>(BuiltinRules.registry().rules());
    rules.add(new Exploding());
    return new RuleRegistry(rules);
  }

  /** A per-file rule that reports, then throws, on files that say "boom". */
  public static final class Exploding implements Rule {
    static final RuleInfo INFO =
        new RuleInfo(
            "exploding", Severity.ERROR, Category.HYGIENE, "Fails on purpose", Exploding.class);

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public void check(RuleContext context) {
      if (context.source().text().contains("boom")) {
        context.report(context.script().span(), "reported before the failure");
        throw new IllegalStateException("boom");
      }
    }
  }

  /** A guard rule of the effective scripts that overflows the stack for real, for every account. */
  public static final class Overflowing implements EffectiveScriptRule {
    static final RuleInfo INFO =
        new RuleInfo(
            "overflowing",
            Severity.ERROR,
            Category.GUARDS,
            "Overflows on purpose",
            Overflowing.class);

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public void check(RuleContext context) {
      if (context.source().text().contains("boom")) {
        deeper(0);
      }
    }

    /** Recurses until the stack runs out, as a rule with a recursion bug would. */
    private static int deeper(int n) {
      return n == Integer.MIN_VALUE ? 0 : deeper(n + 1) + 1;
    }
  }

  /** A repository rule that fails once the analysis is done. */
  public static final class Broken implements RepositoryRule {
    static final RuleInfo INFO =
        new RuleInfo("broken", Severity.ERROR, Category.ACCOUNTS, "Fails on purpose", Broken.class);

    @Override
    public RuleInfo info() {
      return INFO;
    }

    @Override
    public void check(RepositoryContext context) {
      context.report(Location.fileStart("sievelint.yaml"), "before", List.of(), null);
      throw new UnsupportedOperationException("not today");
    }
  }
}
