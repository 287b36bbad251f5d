package io.github.sievelint.lint;

import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unexpected throwables of one run, each contained to the unit it happened in and turned into
 * an {@code internal-error} finding. Thread-safe: files and accounts are analysed in parallel.
 *
 * <p>Everything is contained but {@link OutOfMemoryError}: running out of memory is not one file's
 * doing, and going on would only fail again elsewhere, slowly.
 */
public final class Failures {

  /**
   * One contained failure.
   *
   * @param path the display path of the file (or manifest) the unit belongs to
   * @param span where in that file (the file's start when the unit is the whole file)
   * @param unit what failed, for messages: "rule redirect-cycle", "the parser", "account a@b"
   * @param error what was thrown
   */
  public record Failure(String path, Span span, String unit, Throwable error) {

    /** The line for standard error or a build log. */
    public String line() {
      return "internal error in "
          + unit
          + " ("
          + path
          + "): "
          + InternalError.describe(error)
          + "; the rest was checked; run again with --debug for the stack trace and report it at "
          + InternalError.ISSUES;
    }
  }

  private final Map<String, Failure> byKey = new LinkedHashMap<>();

  /**
   * Records that {@code unit} of {@code path} threw {@code error} and returns its finding, or empty
   * when the same unit failed before (a file analysed by two passes): each failure is reported
   * once. Rethrows {@code error} when it must not be contained.
   */
  public Optional<Diagnostic> contain(String path, Span span, String unit, Throwable error) {
    rethrowIfFatal(error);
    Failure failure = new Failure(path, span, unit, error);
    synchronized (byKey) {
      if (byKey.putIfAbsent(path + "\0" + unit, failure) != null) {
        return Optional.empty();
      }
    }
    return Optional.of(InternalError.finding(failure));
  }

  /** Rethrows what no containment may swallow. */
  public static void rethrowIfFatal(Throwable error) {
    if (error instanceof OutOfMemoryError fatal) {
      throw fatal;
    }
  }

  /** Every failure so far, by path and unit (parallel passes meet them in any order). */
  public List<Failure> list() {
    List<Failure> out;
    synchronized (byKey) {
      out = new ArrayList<>(byKey.values());
    }
    out.sort(Comparator.comparing(Failure::path).thenComparing(Failure::unit));
    return List.copyOf(out);
  }

  public boolean isEmpty() {
    synchronized (byKey) {
      return byKey.isEmpty();
    }
  }
}
