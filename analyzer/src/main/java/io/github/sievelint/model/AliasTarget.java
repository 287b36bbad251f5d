package io.github.sievelint.model;

/**
 * One target of an alias or catch-all, as written, with the line that says so.
 *
 * @param target the target address as written (normalized when it parses)
 */
public record AliasTarget(String target, Location where) {}
