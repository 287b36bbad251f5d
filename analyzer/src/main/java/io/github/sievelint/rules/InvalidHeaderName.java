package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.ArgRole;
import io.github.sievelint.spec.ScriptBindings;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Flags a header name argument that is not an RFC 5322 field name (section 3.6.8: printable
 * US-ASCII except ':').
 */
public final class InvalidHeaderName implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-header-name",
          Severity.ERROR,
          Category.SYNTAX,
          "A header name argument holds characters not allowed in a header field name",
          InvalidHeaderName.class);

  private static final Set<String> EDITS = Set.of("addheader", "deleteheader");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (ScriptBindings.Bound bound : ArgumentValues.bindings(context).all()) {
      for (Argument.StringValue name : bound.binding().stringsWithRole(ArgRole.HEADER_NAMES)) {
        if (ArgumentValues.unknown(context, name)) {
          continue;
        }
        String problem = problem(name.value());
        if (problem != null) {
          // Pigeonhole rejects a bad name only where editheader adds or deletes a field; in a
          // test it warns, and the test never matches.
          boolean edits = bound.node() instanceof Command c && EDITS.contains(c.name());
          context.report(
              edits && !name.value().isEmpty() ? Severity.ERROR : Severity.WARNING,
              name.span(),
              "header name '"
                  + name.value()
                  + "' "
                  + problem
                  + (edits
                      ? ", so it is not a valid field name and the server rejects the script"
                      : ", so it is not a valid field name and the test never matches"),
              "write the field name without the colon or spaces, e.g. \"X-Spam-Flag\"");
        }
      }
    }
  }

  /** What is wrong with {@code name} as a field name (RFC 5322 ftext), or null. */
  static @Nullable String problem(String name) {
    if (name.isEmpty()) {
      return "is empty";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ':') {
        return "contains ':'";
      }
      if (c == ' ') {
        return "contains a space";
      }
      if (c < 33 || c > 126) {
        return String.format("contains the character U+%04X", (int) c);
      }
    }
    return null;
  }
}
