/**
 * Flow analysis of an effective script (global before scripts, the personal script with its
 * includes inlined, global after scripts): the paths that reach every command and test, built from
 * the {@code condition} model, and the facts the per-script rules need (header edits, variables and
 * their taint, redirects counted, deliveries and rejects, bare stops). The forwarding graph reads
 * each account's responding actions from the same flow.
 *
 * <p>Shapes kept for speed, because flow analysis runs for every branch of every script and of
 * every account: {@link io.github.sievelint.flow.Path#and} compares short paths by scanning rather
 * than hashing, {@link io.github.sievelint.flow.PathSet} and {@link io.github.sievelint.flow.Path}
 * use indexed loops, and step labels, which quote the source, are made only when a message shows
 * them. Everything else is written plainly.
 */
package io.github.sievelint.flow;
