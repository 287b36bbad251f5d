package io.github.sievelint.run;

import io.github.sievelint.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  private Input(Path folder, @Nullable Path file, Path base, @Nullable ScriptText text) {
    this.folder = folder;
    this.file = file;
    this.base = base;
    this.text = text;
  }

  /**
   * The files {@code found}, each to be read when first linted and shown relative to {@code base}.
   */
  static List<Input> of(Path base, ScriptFinder.Found found) {
    List<Input> inputs = new ArrayList<>();
    for (Path path : found.files()) {
      Path file = base.resolve(path).normalize();
      Path parent = file.getParent();
      inputs.add(new Input(parent == null ? base : parent, file, base, null));
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

  /** The text when the file could be read, else null ({@link #text()} says why). */
  @Nullable SourceFile source() {
    return text() instanceof ScriptText.Read read ? read.source() : null;
  }
}
