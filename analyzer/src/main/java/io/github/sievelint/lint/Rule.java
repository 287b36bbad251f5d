package io.github.sievelint.lint;

/** A check: its metadata, and the work it does on one parsed script. */
public interface Rule {

  RuleInfo info();

  /** Looks at the script in {@code context} and reports what it finds there. */
  void check(RuleContext context);
}
