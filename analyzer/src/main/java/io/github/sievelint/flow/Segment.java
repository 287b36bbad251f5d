package io.github.sievelint.flow;

import io.github.sievelint.ast.Script;
import io.github.sievelint.source.SourceFile;

/**
 * One script of an account's effective script (docs/guards.md, Paths): global {@code before}
 * scripts run first, then the personal script (with its includes inlined), then global {@code
 * after} scripts. Linting a single file gives one {@link Kind#PERSONAL} segment.
 */
public record Segment(Kind kind, SourceFile source, Script script) {

  /** Where the segment sits in the effective script. */
  public enum Kind {
    BEFORE,
    PERSONAL,
    AFTER
  }
}
