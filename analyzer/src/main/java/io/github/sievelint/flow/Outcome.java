package io.github.sievelint.flow;

import org.jspecify.annotations.Nullable;

/** Where the paths of a block go: on at its end, or out through an exit. */
final class Outcome {
  FlowState fallthrough;
  @Nullable FlowState stopped;
  @Nullable FlowState returned;
  @Nullable FlowState broken;

  Outcome(FlowState fallthrough) {
    this.fallthrough = fallthrough;
  }

  boolean exited() {
    return stopped != null || returned != null || broken != null;
  }

  void absorbExits(Outcome inner) {
    stopped = join(stopped, inner.stopped);
    returned = join(returned, inner.returned);
    broken = join(broken, inner.broken);
  }

  static @Nullable FlowState join(@Nullable FlowState a, @Nullable FlowState b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a.join(b);
  }
}
