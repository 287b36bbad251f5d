/**
 * The one condition model of the analyzer, below {@code flow} (per-script paths) and {@code graph}
 * (forwarding across accounts): {@link io.github.sievelint.condition.TestKey} identifies a test by
 * what it asks of the message, {@link io.github.sievelint.condition.Literal} is a test or its
 * negation on a path with its {@link io.github.sievelint.condition.TestFacts}, {@link
 * io.github.sievelint.condition.Dnf} a condition in disjunctive normal form with its overflow flag
 * and the one cap, {@link io.github.sievelint.condition.GuardForms} the one table of test forms
 * that exclude message classes, and {@link io.github.sievelint.condition.Guards} the verdict of one
 * path. docs/guards.md says what these mean for a script.
 *
 * <p>Shapes kept for speed: {@code GuardForms} memoises the few guard shapes that recur in script
 * after script (bounded), measured on the 100,000-account benchmark; everything else is written
 * plainly.
 */
package io.github.sievelint.condition;
