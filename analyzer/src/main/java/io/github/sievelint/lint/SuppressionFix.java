package io.github.sievelint.lint;

import io.github.sievelint.source.SourceText;
import io.github.sievelint.source.Span;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The display fix reports and editors offer for a finding without a fix of its own: a directive
 * {@code # sievelint: disable=RULE -- reason} on a line of its own, inserted at the start of the
 * finding's line with that line's indentation and the file's line break there, which covers the
 * command starting on that line and its block ({@link Suppressions}).
 *
 * <p>Only findings in Sieve scripts get one: the report knows a finding's path and its source text,
 * not what kind of file it is, so a script is a path ending in {@code .sieve} or {@code .siv} (any
 * case); alias files, manifests and other inputs get none. Findings of {@link Suppressions#RULE_ID}
 * get none either (suppressing a useless directive with another is no fix). Computed on demand,
 * never stored in the {@link Diagnostic}.
 */
public final class SuppressionFix {

  private SuppressionFix() {}

  /** The message of the fix for {@code ruleId}. */
  public static String message(String ruleId) {
    return "suppress " + ruleId + " here";
  }

  /** Whether {@code path} names a Sieve script. */
  public static boolean isScript(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".sieve") || lower.endsWith(".siv");
  }

  /** The fix the reports show for {@code d}: its own, else the suppression, else none. */
  public static @Nullable Fix shown(Diagnostic d, @Nullable SourceText source) {
    if (d.fix() != null) {
      return d.fix();
    }
    return source == null ? null : of(d, source);
  }

  /** The suppression fix for {@code d}, or null when it has a fix or is not in a script. */
  public static @Nullable Fix of(Diagnostic d, SourceText source) {
    Span span = d.span();
    if (d.fix() != null
        || !isScript(d.path())
        || Suppressions.RULE_ID.equals(d.ruleId())
        || span.startLine() < 1
        || span.startColumn() < 1) {
      return null;
    }
    int line = span.startLine();
    String text = source.lineText(line);
    int indent = 0;
    while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
      indent++;
    }
    // Columns count UTF-16 code units, as offsets do.
    int lineStart = span.start() - (span.startColumn() - 1);
    if (lineStart < 0) {
      return null;
    }
    Span at = new Span(lineStart, lineStart, line, 1, line, 1);
    String directive =
        text.substring(0, indent)
            + "# sievelint: disable="
            + d.ruleId()
            + " -- reason"
            + source.lineBreak(line);
    return new Fix(
        Fix.Applicability.DISPLAY, message(d.ruleId()), List.of(new Fix.Edit(at, directive)));
  }
}
