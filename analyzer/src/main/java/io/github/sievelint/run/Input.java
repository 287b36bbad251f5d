package io.github.sievelint.run;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.source.KeptLines;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One script to lint: its folder, where its configuration is looked up; the file it comes from
 * (none for standard input); and its text, read by whichever thread lints it first, so that reading
 * 100,000 files is shared by the pool and overlaps the rest instead of being a phase of its own.
 */
final class Input {

  private final Path folder;
  private final @Nullable Path file;
  private final Path base;
  private @Nullable ScriptText text;

  /** Whether the text comes from the file, which can then be read again. */
  private final boolean fromFile;

  private Input(Path folder, @Nullable Path file, Path base, @Nullable ScriptText text) {
    this.folder = folder;
    this.file = file;
    this.base = base;
    this.text = text;
    this.fromFile = text == null;
  }

  /**
   * The files {@code found}, each to be read when first linted and shown relative to {@code base}.
   */
  static List<Input> of(Path base, ScriptFinder.Found found) {
    return of(base, found, Map.of());
  }

  /**
   * Like {@link #of(Path, ScriptFinder.Found)}, with {@code texts} (by absolute, normalized path)
   * in place of those files' contents.
   */
  static List<Input> of(Path base, ScriptFinder.Found found, Map<Path, String> texts) {
    List<Input> inputs = new ArrayList<>();
    for (Path path : found.files()) {
      Path file = base.resolve(path).normalize();
      Path parent = file.getParent();
      String text = texts.get(file);
      ScriptText given =
          text == null
              ? null
              : new ScriptText.Read(SourceFile.of(DisplayPaths.of(base, file), text));
      inputs.add(new Input(parent == null ? base : parent, file, base, given));
    }
    return inputs;
  }

  /**
   * A script read from elsewhere (standard input), looked up as if in {@code folder}; {@code file}
   * is the file it stands for (its name), whose text the repository pass then takes from here.
   */
  static Input read(Path folder, @Nullable Path file, SourceFile source) {
    return new Input(folder, file, folder, new ScriptText.Read(source));
  }

  Path folder() {
    return folder;
  }

  /** The file (absolute, normalized), or null for a script read from elsewhere. */
  @Nullable Path file() {
    return file;
  }

  /** The text, read on the first call; later calls, from any thread, get the same. */
  synchronized ScriptText text() {
    ScriptText known = text;
    if (known == null) {
      // Only inputs of files start without their text.
      known = ScriptText.read(base, Objects.requireNonNull(file));
      text = known;
    }
    return known;
  }

  /**
   * The whole text when the file could be read, else null ({@link #text()} says why); read again
   * when only the lines of its findings are {@link #keep kept}.
   */
  @Nullable SourceFile source() {
    ScriptText known = text();
    if (known instanceof ScriptText.Kept && file != null) {
      known = ScriptText.read(base, file);
    }
    return known instanceof ScriptText.Read read ? read.source() : null;
  }

  /**
   * From now on keeps only the lines {@code found} points at in this file (and reads the file again
   * for anything else), when the text came from the file; a text given (standard input) stays
   * whole, as it cannot be read again.
   */
  synchronized void keep(List<Diagnostic> found) {
    ScriptText known = text;
    Path path = file;
    if (!fromFile || path == null || !(known instanceof ScriptText.Read read)) {
      return;
    }
    SourceFile source = read.source();
    List<Span> spans = new ArrayList<>();
    for (Diagnostic d : found) {
      if (d.path().equals(source.path())) {
        spans.add(d.span());
      }
      for (Related r : d.related()) {
        if (r.path().equals(source.path())) {
          spans.add(r.span());
        }
      }
    }
    text =
        new ScriptText.Kept(
            KeptLines.of(
                source,
                spans,
                () ->
                    ScriptText.read(base, path) instanceof ScriptText.Read again
                        ? Optional.of(again.source())
                        : Optional.empty()));
  }
}
