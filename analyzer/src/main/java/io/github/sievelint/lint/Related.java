package io.github.sievelint.lint;

import io.github.sievelint.source.Span;

/** A secondary location of a finding, such as another step of a redirect cycle. */
public record Related(String path, Span span, String message) {}
