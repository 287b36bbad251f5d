package io.github.sievelint.run;

public final class Tm {
  static final long S = Long.getLong("t0", System.currentTimeMillis());

  public static void t(String w) {
    if (System.getProperty("timing") != null)
      System.err.printf("%6d ms  %s%n", System.currentTimeMillis() - S, w);
  }

  public static final java.util.concurrent.ConcurrentHashMap<
          String, java.util.concurrent.atomic.LongAdder>
      ACC = new java.util.concurrent.ConcurrentHashMap<>();

  public static void add(String k, long ns) {
    ACC.computeIfAbsent(k, x -> new java.util.concurrent.atomic.LongAdder()).add(ns);
  }

  public static void dump() {
    if (System.getProperty("timing") != null)
      ACC.forEach((k, v) -> System.err.printf("  %-12s %8.1f ms CPU%n", k, v.sum() / 1e6));
  }
}
