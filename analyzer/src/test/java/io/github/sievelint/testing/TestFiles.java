package io.github.sievelint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files that tests write into a temporary folder. */
public final class TestFiles {

  private TestFiles() {}

  /** Writes {@code text} (UTF-8) to {@code relative} under {@code root}, making its folders. */
  public static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
