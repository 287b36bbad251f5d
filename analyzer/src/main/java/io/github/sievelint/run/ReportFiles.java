package io.github.sievelint.run;

import io.github.sievelint.report.Formats;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.report.TextWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The reports of a run: their writers, and the report files the options name. */
final class ReportFiles {

  private final Path base;
  private final boolean quiet;
  private final int jobs;
  private final Map<String, Path> files;

  /** The reports {@code options} ask for, showing paths relative to {@code base}. */
  ReportFiles(Path base, RunOptions options) {
    this.base = base;
    this.quiet = options.quiet();
    this.jobs = options.jobs();
    this.files = options.reports();
  }

  /** The writer of {@code format}; {@code color} only matters for text. */
  ReportWriter writer(String format, boolean color) {
    if (format.equals("text")) {
      return new TextWriter(color, !quiet);
    }
    return Formats.writer(format, color, base)
        .orElseThrow(() -> new IllegalArgumentException("unknown report format: " + format));
  }

  /**
   * Writes {@code report} with {@code writer} to {@code out}; a writer that formats in parallel
   * (text) does so on the {@code --jobs} threads.
   */
  void write(ReportWriter writer, ReportInput report, Appendable out) throws IOException {
    try {
      Pools.inPool(
          jobs,
          () -> {
            try {
              writer.write(report, out);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return null;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Writes every report the options name (format to file), without colour. */
  void writeAll(ReportInput report) throws CheckException {
    for (Map.Entry<String, Path> extra : files.entrySet()) {
      writeFile(writer(extra.getKey(), false), report, extra.getValue());
    }
  }

  /** Writes one report to {@code file}, creating its folder. */
  void writeFile(ReportWriter writer, ReportInput report, Path file) throws CheckException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        write(writer, report, w);
      }
    } catch (IOException e) {
      throw new CheckException(
          "cannot write the report: "
              + DisplayPaths.of(base, file)
              + ": "
              + CheckException.describe(e),
          e);
    }
  }
}
