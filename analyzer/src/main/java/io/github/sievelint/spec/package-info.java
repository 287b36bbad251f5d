/**
 * What the Sieve language and each server define: commands, tests, tags, capabilities and server
 * profiles, and the binding of a script's arguments to the signatures.
 *
 * <p>Shapes kept because measurements asked for them (docs/performance.md: no iterator objects on
 * the hot paths under C1): the binder and {@link io.github.sievelint.spec.ScriptBindings} index
 * their lists, since they run for every command and test of every script.
 */
package io.github.sievelint.spec;
