package io.github.sievelint.run;

import io.github.sievelint.report.ReportInput;
import java.util.List;

/**
 * What is left to report once the baseline hid what it accepts.
 *
 * @param report the findings to report, with everything a report writer needs
 * @param notes information for the user, e.g. stale baseline entries
 */
public record Shown(ReportInput report, List<String> notes) {

  public Shown {
    notes = List.copyOf(notes);
  }
}
