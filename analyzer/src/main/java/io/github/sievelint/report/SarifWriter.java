package io.github.sievelint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.Span;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the full rule catalogue, repository
 * relative locations under {@code %SRCROOT%}, 1-based regions with exclusive end columns in UTF-16
 * code units, related locations, and line-free partial fingerprints.
 */
public final class SarifWriter implements ReportWriter {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String INFORMATION_URI = "https://github.com/sievelint/sievelint";

  private final Path root;

  /** {@code root} is the folder that {@code %SRCROOT%} stands for, the working directory. */
  public SarifWriter(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    ObjectNode doc = JsonWriter.MAPPER.createObjectNode();
    doc.put("$schema", SCHEMA);
    doc.put("version", "2.1.0");
    ObjectNode run = doc.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "sievelint");
    driver.put("version", input.toolVersion());
    driver.put("semanticVersion", input.toolVersion());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    List<RuleInfo> infos = input.registry().infos();
    for (int i = 0; i < infos.size(); i++) {
      RuleInfo info = infos.get(i);
      ruleIndex.put(info.id(), i);
      ObjectNode rule = rules.addObject();
      rule.put("id", info.id());
      rule.put("name", camel(info.id()));
      rule.putObject("shortDescription").put("text", info.summary());
      String what = info.pageSection("What it flags");
      rule.putObject("fullDescription").put("text", what.isEmpty() ? info.summary() : what);
      ObjectNode help = rule.putObject("help");
      help.put("text", info.pageSection("How to fix"));
      help.put("markdown", info.page());
      rule.put("helpUri", info.helpUri());
      rule.putObject("defaultConfiguration").put("level", level(info.defaultSeverity()));
      rule.putObject("properties").put("category", info.category().title());
    }
    run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", root.toUri().toString());
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : input.diagnostics()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.ruleId());
      Integer index = ruleIndex.get(d.ruleId());
      if (index != null) {
        result.put("ruleIndex", index);
      }
      result.put("level", level(d.severity()));
      result.putObject("message").put("text", d.message());
      location(result.putArray("locations").addObject(), d.path(), d.span());
      if (!d.related().isEmpty()) {
        ArrayNode related = result.putArray("relatedLocations");
        int id = 1;
        for (Related r : d.related()) {
          ObjectNode loc = related.addObject();
          loc.put("id", id++);
          location(loc, r.path(), r.span());
          loc.putObject("message").put("text", r.message());
        }
      }
      result
          .putObject("partialFingerprints")
          .put("sievelintFingerprint/v1", Fingerprints.of(d, input.source(d.path())));
    }
    out.append(JsonWriter.MAPPER.writeValueAsString(doc)).append('\n');
  }

  private void location(ObjectNode location, String path, Span span) {
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    Path file = Paths.get(path);
    if (file.isAbsolute()) {
      artifact.put("uri", file.toUri().toString());
    } else {
      artifact.put("uri", relativeUri(path));
      artifact.put("uriBaseId", "%SRCROOT%");
    }
    ObjectNode region = physical.putObject("region");
    region.put("startLine", span.startLine());
    region.put("startColumn", span.startColumn());
    region.put("endLine", span.endLine());
    region.put(
        "endColumn",
        Math.max(span.endColumn(), span.startLine() == span.endLine() ? span.startColumn() : 1));
  }

  /** A relative path as a relative URI reference, each segment percent-encoded. */
  static String relativeUri(String path) {
    try {
      return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("path cannot be a URI: " + path, e);
    }
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String camel(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-", -1)) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
