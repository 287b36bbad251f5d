package io.github.sievelint.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the sievelint source tree, where action.yml and the hook files live. */
final class ProjectRoot {

  private ProjectRoot() {}

  /** Tests run in a module folder; the root is the nearest folder above with action.yml. */
  static Path get() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("action.yml"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no action.yml above " + Path.of("").toAbsolutePath());
  }
}
