package io.github.sievelint.run;

import java.nio.file.Path;
import java.util.List;

/**
 * A written baseline.
 *
 * @param file where it was written
 * @param accepted how many findings it accepts
 * @param notes information for the user, e.g. that an unreadable old baseline was replaced
 */
public record UpdatedBaseline(Path file, int accepted, List<String> notes) {

  public UpdatedBaseline {
    notes = List.copyOf(notes);
  }
}
