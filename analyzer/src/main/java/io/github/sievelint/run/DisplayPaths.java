package io.github.sievelint.run;

import java.nio.file.Path;

/** The paths reports and messages show. */
public final class DisplayPaths {

  private DisplayPaths() {}

  /** {@code file} as shown: relative to {@code base} when inside it, else absolute; '/' always. */
  public static String of(Path base, Path file) {
    Path absolute = base.resolve(file).toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
