package io.github.sievelint.run;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * The threads of a run: the {@code --jobs} pool, the daemon threads that load in the background.
 */
final class Pools {

  private Pools() {}

  /**
   * Runs {@code work} in a pool of {@code jobs} threads: parallel streams inside it (the per-file
   * pass, the repository analysis, a report's formatting) use that pool, not the common one.
   */
  static <T> T inPool(int jobs, Callable<T> work) {
    // A pool even for --jobs 1: parallel streams inside the work then use its one thread instead of
    // the common pool, so --jobs bounds every rule run and report.
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, jobs));
    try {
      return await(pool.submit(work), "linting");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Daemon threads named {@code name}: a background loader never keeps the JVM alive. */
  static ThreadFactory daemon(String name) {
    return work -> {
      Thread thread = new Thread(work, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * The value of {@code future}, with its failure rethrown as it was; {@code doing} names the work
   * for the message of an interruption.
   */
  static <T> T await(Future<T> future, String doing) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
