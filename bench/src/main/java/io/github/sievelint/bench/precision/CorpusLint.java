package io.github.sievelint.bench.precision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sievelint.lint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints corpus scripts the way a user does: one run of the CLI with its default settings (no
 * configuration file, no server profile), read back from its JSON report. {@code cli} is the
 * command that runs sievelint, started in {@code root}; the report and the log go to {@code work}.
 */
record CorpusLint(List<String> cli, Path root, Path corpus, Path work) {

  /**
   * The findings on {@code scripts} (paths relative to the corpus), files relative to the corpus.
   */
  Result lint(List<String> scripts) throws IOException, InterruptedException {
    Path report = work.resolve("findings.json");
    Path log = work.resolve("sievelint.log");
    Files.deleteIfExists(report);
    List<String> command = new ArrayList<>(cli);
    command.addAll(
        List.of(
            "check",
            "--format",
            "json",
            "--output",
            report.toString(),
            "--fail-on",
            "never",
            "--no-config"));
    for (String script : scripts) {
      command.add(corpus.resolve(script).toString());
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("NO_COLOR", "1");
    builder.environment().remove("GITHUB_ACTIONS");
    int exit = builder.start().waitFor();
    // 2 after a complete report is an internal error on some script, reported as a finding of
    // internal-error; anything else leaves no report to review.
    if ((exit != 0 && exit != 2) || !Files.isRegularFile(report)) {
      throw new IOException(
          "sievelint exited " + exit + " (see " + log + "): " + tail(log) + "\ncommand: " + cli);
    }
    JsonNode doc = new ObjectMapper().readTree(report.toFile());
    List<Finding> findings = new ArrayList<>();
    for (JsonNode d : doc.path("diagnostics")) {
      String severity = d.path("severity").asText();
      findings.add(
          new Finding(
              relative(d.path("file").asText()),
              d.path("line").asInt(),
              d.path("column").asInt(),
              d.path("ruleId").asText(),
              Severity.parse(severity)
                  .orElseThrow(() -> new IOException("unknown severity " + severity)),
              d.path("message").asText()));
    }
    String problem =
        exit == 0 ? "" : "sievelint exited " + exit + " (see " + log + "): " + tail(log);
    return new Result(doc.path("filesChecked").asInt(), findings, problem);
  }

  /**
   * What one run found: how many files it checked, its findings in report order, and what went
   * wrong when the CLI exited 2 after its report (else empty).
   */
  record Result(int filesChecked, List<Finding> findings, String problem) {}

  /** A reported path (absolute, or relative to the root) as a path relative to the corpus. */
  private String relative(String reported) {
    Path path = root.resolve(reported).toAbsolutePath().normalize();
    Path base = corpus.toAbsolutePath().normalize();
    return path.startsWith(base) ? base.relativize(path).toString().replace('\\', '/') : reported;
  }

  private static String tail(Path log) throws IOException {
    if (!Files.isRegularFile(log)) {
      return "";
    }
    String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
    return text.length() > 600 ? "..." + text.substring(text.length() - 600) : text;
  }
}
