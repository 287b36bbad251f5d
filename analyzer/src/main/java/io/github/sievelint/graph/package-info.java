/**
 * The forwarding graph of a mail system: accounts and external addresses as nodes; redirects,
 * notifications, aliases and catch-alls as edges, each with the conditions of the flow that runs
 * it; its cycles, chains and fan-outs, and the writers of {@code sievelint graph}.
 *
 * <p>Shapes kept for speed, measured on the 100,000-account benchmark: {@link
 * io.github.sievelint.graph.Node} writes out equals and hashCode, and the chain search reads the
 * edges once into arrays grouped by component. Everything else is written plainly.
 */
package io.github.sievelint.graph;
