package io.github.sievelint.lint;

/**
 * A rule that needs the whole repository: the mail-system model and the forwarding graph. It is
 * silent when a script is linted alone.
 */
public interface RepositoryRule extends Rule {

  /** Looks at the analysed repository in {@code context} and reports what it finds. */
  void check(RepositoryContext context);

  @Override
  default void check(RuleContext context) {
    // Nothing to see in one script alone.
  }
}
