package io.github.sievelint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.SuppressionFix;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The versioned JSON report: {@code {"version": 1, "diagnostics": [...]}}. Fields are only ever
 * added, never renamed or removed.
 */
public final class JsonWriter implements ReportWriter {

  /** Bumped only for a breaking change, which the format promises never to make. */
  public static final int VERSION = 1;

  /** The mapper of the JSON, SARIF and GitLab reports. */
  static final ObjectMapper MAPPER =
      new ObjectMapper(new JsonFactory().setCharacterEscapes(new ControlEscapes()))
          .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Jackson writes U+0000 to U+001F as <code>&#92;uXXXX</code> escapes by default but DEL, the C1
   * controls and the bidi and line controls raw; these write every {@link ControlChars#isControl}
   * character as an escape, which any JSON reader turns back into the same character.
   */
  private static final class ControlEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    ControlEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ControlChars.isControl(ch)
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch))
          : null;
    }
  }

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
      putFix(node, SuppressionFix.shown(d, input.source(d.path()).orElse(null)));
    }
    out.append(MAPPER.writeValueAsString(root)).append('\n');
  }

  /**
   * {@code "fix": {"applicability", "message", "edits": [{"start": {"line", "column"}, "end":
   * {"line", "column"}, "offset", "length", "replacement"}]}} or {@code "fix": null}; the end
   * column is exclusive, offset and length count UTF-16 code units of the decoded file.
   */
  static void putFix(ObjectNode node, @Nullable Fix fix) {
    if (fix == null) {
      node.putNull("fix");
      return;
    }
    ObjectNode fn = node.putObject("fix");
    fn.put("applicability", fix.applicability().label());
    fn.put("message", fix.message());
    ArrayNode edits = fn.putArray("edits");
    for (Fix.Edit e : fix.edits()) {
      ObjectNode en = edits.addObject();
      ObjectNode start = en.putObject("start");
      start.put("line", e.span().startLine());
      start.put("column", e.span().startColumn());
      ObjectNode end = en.putObject("end");
      end.put("line", e.span().endLine());
      end.put("column", e.span().endColumn());
      en.put("offset", e.span().start());
      en.put("length", e.span().length());
      en.put("replacement", e.replacement());
    }
  }
}
