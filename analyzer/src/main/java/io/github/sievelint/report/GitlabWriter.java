package io.github.sievelint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Severity;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * GitLab Code Quality: a JSON array of issues with {@code description}, {@code check_name}, {@code
 * fingerprint}, {@code severity} and {@code location.path} / {@code location.lines.begin}. GitLab
 * merges issues with equal fingerprints, so a repeat of the same finding in one file gets its
 * occurrence number mixed in.
 */
public final class GitlabWriter implements ReportWriter {

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    ArrayNode issues = JsonWriter.MAPPER.createArrayNode();
    Map<String, Integer> seen = new HashMap<>();
    for (Diagnostic d : input.diagnostics()) {
      String base = Fingerprints.of(d, input.source(d.path()));
      int occurrence = seen.merge(base, 1, Integer::sum);
      ObjectNode issue = issues.addObject();
      issue.put("type", "issue");
      issue.put("description", d.message());
      issue.put("check_name", d.ruleId());
      issue.put("fingerprint", occurrence == 1 ? base : Fingerprints.hash(base + "#" + occurrence));
      issue.put("severity", severity(d.severity()));
      issue.putArray("categories").add("Bug Risk");
      ObjectNode location = issue.putObject("location");
      location.put("path", d.path());
      ObjectNode lines = location.putObject("lines");
      lines.put("begin", d.span().startLine());
      lines.put("end", d.span().endLine());
    }
    out.append(JsonWriter.MAPPER.writeValueAsString(issues)).append('\n');
  }

  /** GitLab's scale is info, minor, major, critical, blocker. */
  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }
}
