package io.github.sievelint.lint;

import io.github.sievelint.model.MailModel;

/**
 * A rule that needs the whole repository: the mail-system model and the forwarding graph. It is
 * silent when a script is linted alone.
 */
public interface RepositoryRule extends Rule {

  /**
   * Starts work that needs only the model, such as reading the repository's folders; it runs while
   * the accounts are analysed, before {@link #check}.
   */
  default void prepare(MailModel model) {
    // Most rules need the analysis.
  }

  /** Looks at the analysed repository in {@code context} and reports what it finds. */
  void check(RepositoryContext context);

  /**
   * Whether the rule also reports on scripts linted alone ({@link #check(RuleContext)}); then the
   * per-file pass says whether a directive for it hid something, as for any per-file rule.
   */
  default boolean reportsPerFile() {
    return false;
  }

  @Override
  default void check(RuleContext context) {
    // Nothing to see in one script alone.
  }
}
