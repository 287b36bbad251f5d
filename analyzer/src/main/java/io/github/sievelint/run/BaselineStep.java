package io.github.sievelint.run;

import io.github.sievelint.baseline.Baseline;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.InternalError;
import io.github.sievelint.source.FileErrors;
import io.github.sievelint.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of a run: the findings it accepts are hidden, or every finding is recorded in it.
 * Paths in a baseline are relative to the baseline's folder, so any working directory works.
 */
final class BaselineStep {

  /**
   * The findings a baseline leaves.
   *
   * @param kept the findings it does not accept
   * @param notes a note for every stale entry
   */
  record Filtered(List<Diagnostic> kept, List<String> notes) {}

  private final Path base;
  private final @Nullable Path file;

  /**
   * The baseline {@code file} (none when null) of a run whose paths are shown from {@code base}.
   */
  BaselineStep(Path base, @Nullable Path file) {
    this.base = base;
    this.file = file;
  }

  /**
   * The findings of {@code linted} the baseline does not accept, all of them when there is none.
   *
   * @throws CheckException when the baseline is missing or unreadable
   */
  Filtered filter(Linted linted) throws CheckException {
    if (file == null) {
      return new Filtered(linted.diagnostics(), List.of());
    }
    if (!Files.isRegularFile(file)) {
      throw new CheckException(
          "baseline "
              + DisplayPaths.of(base, file)
              + " not found; create it with sievelint check --update-baseline");
    }
    Baseline accepted;
    try {
      accepted = Baseline.read(file);
    } catch (IOException e) {
      throw new CheckException(DisplayPaths.of(base, file) + ": " + FileErrors.describe(e), e);
    }
    Function<String, String> key = keyIn(file);
    Baseline.Result result =
        accepted.filter(linted.diagnostics(), sourceOf(linted), key, linted(linted, key));
    List<String> notes = new ArrayList<>();
    for (Baseline.Stale stale : result.stale()) {
      notes.add(
          "baseline entry no longer found: "
              + stale.file()
              + " "
              + stale.rule()
              + " ("
              + stale.count()
              + "); --update-baseline drops it");
    }
    return new Filtered(result.kept(), notes);
  }

  /**
   * Records every finding of {@code linted} in the baseline (default {@code
   * .sievelint-baseline.json} in the base folder), keeping the entries of files not linted now.
   *
   * @throws CheckException when the file cannot be written
   */
  UpdatedBaseline update(Linted linted) throws CheckException {
    List<String> notes = new ArrayList<>();
    Path target = file == null ? base.resolve(Baseline.FILE_NAME) : file;
    Function<String, String> key = keyIn(target);
    // An internal error is sievelint's failure, not a finding to accept: it is never recorded.
    List<Diagnostic> acceptable = new ArrayList<>(linted.diagnostics());
    acceptable.removeIf(d -> d.ruleId().equals(InternalError.rule().id()));
    Baseline fresh = Baseline.of(acceptable, sourceOf(linted), key);
    if (Files.isRegularFile(target)) {
      try {
        fresh = Baseline.read(target).replacing(fresh, linted(linted, key));
      } catch (IOException e) {
        // An unreadable old baseline is replaced as a whole.
        notes.add("replacing unreadable baseline: " + FileErrors.describe(e));
      }
    }
    try {
      fresh.write(target);
    } catch (IOException e) {
      throw new CheckException("cannot write the baseline: " + CheckException.describe(e), e);
    }
    return new UpdatedBaseline(target, fresh.size(), notes);
  }

  private static Function<String, Optional<SourceText>> sourceOf(Linted linted) {
    return path -> Optional.ofNullable(linted.sources().get(path));
  }

  /** The baseline keys of the files linted. */
  private static Set<String> linted(Linted linted, Function<String, String> key) {
    Set<String> files = new TreeSet<>();
    linted.sources().keySet().forEach(path -> files.add(key.apply(path)));
    return files;
  }

  /** The key of a display path in the baseline {@code baselineFile}. */
  private Function<String, String> keyIn(Path baselineFile) {
    Path folder = baselineFile.toAbsolutePath().normalize().getParent();
    return display -> {
      Path absolute = base.resolve(display).normalize();
      Path shown =
          folder != null && absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
      return shown.toString().replace('\\', '/');
    };
  }
}
