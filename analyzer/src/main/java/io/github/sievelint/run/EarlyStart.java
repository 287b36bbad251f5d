package io.github.sievelint.run;

import io.github.sievelint.model.Manifests;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The work of a run that does not depend on the configuration, started before it is read, so that
 * the command line can do it meanwhile (composing the manifest of a large mail system takes a
 * second or more): the scripts under the given paths being found (default selection) on a thread of
 * its own, and the models of the folders among them being loaded on another. {@link
 * CheckRun#lintFiles(List, ScriptFinder.Selection, EarlyStart)} takes the results.
 */
public final class EarlyStart {

  private final List<Path> given;
  private final Future<ScriptFinder.Found> found;
  private final Models models;

  private EarlyStart(List<Path> given, Future<ScriptFinder.Found> found, Models models) {
    this.given = given;
    this.found = found;
    this.models = models;
  }

  /**
   * Starts finding the scripts under {@code given} (relative to {@code base}) and loading the
   * models of the folders among them; {@code manifests} should be the configuration loader's, so
   * that a manifest is composed once for both.
   */
  public static EarlyStart start(Path base, List<Path> given, Manifests manifests) {
    Path from = base.toAbsolutePath().normalize();
    ExecutorService finder = Executors.newSingleThreadExecutor(Pools.daemon("sievelint-find"));
    Models models = Models.preload(from, given, manifests);
    try {
      return new EarlyStart(
          List.copyOf(given),
          finder.submit(() -> new ScriptFinder().find(from, given, ScriptFinder.Selection.DEFAULT)),
          models);
    } finally {
      finder.shutdown();
    }
  }

  /** Whether this is the start of linting {@code given} with {@code selection}. */
  boolean startOf(List<Path> given, ScriptFinder.Selection selection) {
    return this.given.equals(given) && selection.equals(ScriptFinder.Selection.DEFAULT);
  }

  /** The scripts found, waiting for the search to end. */
  ScriptFinder.Found found() {
    return Pools.await(found, "finding the scripts");
  }

  Models models() {
    return models;
  }
}
