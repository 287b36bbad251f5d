package io.github.sievelint.ast;

import io.github.sievelint.source.Span;

/**
 * A hash or bracket comment with its text (markers included); kept beside the tree for suppression
 * directives.
 */
public record Comment(String text, boolean bracket, Span span) {}
