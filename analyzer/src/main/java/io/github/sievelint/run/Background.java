package io.github.sievelint.run;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Lints files on their own in a pool of its own until {@link #stop()}: work done while the run
 * waits for a model.
 */
final class Background {

  private final ForkJoinPool pool;
  private final Future<?> task;
  private volatile boolean stopped;

  /** Starts linting the files {@code results} has left, on {@code threads} threads. */
  Background(PerFileResults results, int threads) {
    this.pool = new ForkJoinPool(threads);
    List<Integer> left = results.left();
    this.task =
        pool.submit(() -> left.parallelStream().filter(i -> !stopped).forEach(results::lint));
  }

  /** Stops taking new files and lets those under way finish on their own. */
  void abandon() {
    stopped = true;
    pool.shutdown();
  }

  /** Stops taking new files and waits for those under way. */
  void stop() {
    stopped = true;
    try {
      Pools.await(task, "linting");
    } finally {
      pool.shutdownNow();
    }
  }
}
