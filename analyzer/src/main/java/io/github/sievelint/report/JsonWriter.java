package io.github.sievelint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.RuleInfo;
import java.io.IOException;

/**
 * The versioned JSON report: {@code {"version": 1, "diagnostics": [...]}}. Fields are only ever
 * added, never renamed or removed.
 */
public final class JsonWriter implements ReportWriter {

  /** Bumped only for a breaking change, which the format promises never to make. */
  public static final int VERSION = 1;

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", VERSION);
    root.put("tool", "sievelint");
    root.put("toolVersion", input.toolVersion());
    root.put("filesChecked", input.filesChecked());
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : input.diagnostics()) {
      ObjectNode node = list.addObject();
      node.put("file", d.path());
      node.put("line", d.span().startLine());
      node.put("column", d.span().startColumn());
      node.put("endLine", d.span().endLine());
      node.put("endColumn", d.span().endColumn());
      node.put("ruleId", d.ruleId());
      node.put("severity", d.severity().label());
      node.put("message", d.message());
      if (d.help() != null) {
        node.put("help", d.help());
      }
      node.put(
          "helpUri",
          input
              .registry()
              .find(d.ruleId())
              .map(r -> r.info().helpUri())
              .orElse(RuleInfo.DOCS_BASE));
      node.put("fingerprint", Fingerprints.of(d, input.source(d.path())));
      ArrayNode related = node.putArray("related");
      for (Related r : d.related()) {
        ObjectNode rn = related.addObject();
        rn.put("file", r.path());
        rn.put("line", r.span().startLine());
        rn.put("column", r.span().startColumn());
        rn.put("message", r.message());
      }
    }
    out.append(MAPPER.writeValueAsString(root)).append('\n');
  }
}
