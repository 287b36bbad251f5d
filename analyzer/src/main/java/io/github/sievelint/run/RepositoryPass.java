package io.github.sievelint.run;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.Settings;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cross-account pass of a run: every folder of the run's models (a given folder that describes
 * a mail system, {@code sievelint.yaml} or a known layout, or one found above a partial path) is
 * linted as a whole. Its model files join the sources for the snippets, and problems of the model
 * (a script it names is missing, a bad alias file) count as errors. The scripts it reads it takes
 * from the per-file results, which lint each on its own as it goes.
 */
final class RepositoryPass {

  /**
   * What the pass gave.
   *
   * @param results one per folder that has a model, in folder order
   * @param contained the {@code internal-error} findings of folders whose pass failed unexpectedly
   */
  record Outcome(List<RepositoryLinter.Result> results, List<Diagnostic> contained) {}

  private final Path base;
  private final RuleRegistry registry;
  private final Layers layers;
  private final int jobs;

  RepositoryPass(Path base, RuleRegistry registry, Layers layers, int jobs) {
    this.base = base;
    this.registry = registry;
    this.layers = layers;
    this.jobs = jobs;
  }

  /**
   * Lints the folders of {@code models}, recording the failures it contains in {@code failures}.
   */
  Outcome run(Models models, PerFileResults perFile, Failures failures) throws ConfigException {
    List<RepositoryLinter.Result> results = new ArrayList<>();
    List<Diagnostic> contained = new ArrayList<>();
    // While the models load, files are linted on their own, by one thread fewer than --jobs so that
    // loading the model (which everything then waits for) keeps a core; this stops when the first
    // model is there, and the repository pass then asks which of the files done are quiet.
    Background background = jobs > 1 && models.loading() ? new Background(perFile, jobs - 1) : null;
    try {
      for (Path folder : models.folders()) {
        RepositoryLinter linter =
            new RepositoryLinter(registry, Settings.of(layers.forFolder(folder)), failures);
        Optional<MailModel> model;
        try {
          model = models.get(folder);
        } catch (Throwable e) {
          // Loading the model failed unexpectedly: the folder's files are still linted one by one.
          failures
              .contain(
                  DisplayPaths.of(base, folder),
                  Span.FILE_START,
                  "loading the mail-system model",
                  e)
              .ifPresent(contained::add);
          continue;
        }
        if (!models.loading()) {
          // The configuration of every input folder is read already (before this pass): nothing
          // needs the composed manifests any more.
          layers.manifests().release();
        }
        if (background != null) {
          background.stop();
          background = null;
        }
        RepositoryLinter.Result result;
        Optional<MailModel> loaded = model;
        try {
          result =
              Pools.inPool(
                  jobs, () -> linter.lint(folder, f -> DisplayPaths.of(base, f), perFile, loaded));
        } catch (Throwable e) {
          // A failure outside the units the repository linter contains itself: the folder loses
          // its cross-account findings, every file keeps its own.
          failures
              .contain(manifestOf(folder, model), Span.FILE_START, "the repository pass", e)
              .ifPresent(contained::add);
          continue;
        }
        if (result.model().isPresent()) {
          // Without a model the pass is silent: `sievelint graph` says how to enable it.
          results.add(result);
        }
      }
      if (background != null) {
        background.stop();
        background = null;
      }
    } finally {
      if (background != null) {
        // Something failed on the way: stop linting in the background, without waiting.
        background.abandon();
      }
    }
    return new Outcome(results, contained);
  }

  /** The display path of the manifest of {@code folder}, or of the folder. */
  private String manifestOf(Path folder, Optional<MailModel> model) {
    Path file =
        model
            .map(m -> m.manifest() == null ? folder : m.paths().root().resolve(m.manifest()))
            .orElse(folder);
    return DisplayPaths.of(base, file);
  }
}
