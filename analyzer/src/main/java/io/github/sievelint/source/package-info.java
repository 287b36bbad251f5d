/**
 * The text of the files sievelint reads, and places in it. It depends on nothing of sievelint's and
 * on no YAML library.
 *
 * <p>Shapes kept because measurements asked for them (docs/performance.md): {@link
 * io.github.sievelint.source.SourceFile#decode} decodes with the JDK first and strictly only when
 * the text holds a replacement character, and the line index is built with {@code String.indexOf}
 * when the text has no carriage return.
 */
package io.github.sievelint.source;
