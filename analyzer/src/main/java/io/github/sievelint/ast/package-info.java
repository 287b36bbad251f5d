/**
 * The syntax tree of a Sieve script. It depends on nothing of sievelint's but {@code source}, and
 * keeps no state beyond the trees themselves: a result several rules derive from one tree is shared
 * through {@code RuleContext.shared}.
 *
 * <p>One shape is kept because measurements asked for it (docs/performance.md: no iterator objects
 * and no copies on the hot paths under C1): {@link io.github.sievelint.ast.Walker#tests} indexes
 * its list and returns the argument's own list when no test nests, since every rule's loop over the
 * commands asks for it.
 */
package io.github.sievelint.ast;
