package io.github.sievelint.report;

import java.io.IOException;

/** One output format; every format is written through this interface. */
public interface ReportWriter {

  /** Writes the whole report for {@code input} to {@code out}. */
  void write(ReportInput input, Appendable out) throws IOException;
}
