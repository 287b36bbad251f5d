package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.ArgRole;
import io.github.sievelint.spec.ScriptBindings;
import io.github.sievelint.spec.SieveLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Flags a variable name that cannot be assigned (not an identifier, a match variable, too long) and
 * a namespace that no required extension defines (RFC 5229 sections 3 and 4).
 */
public final class InvalidVariable implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-variable",
          Severity.ERROR,
          Category.SYNTAX,
          "An invalid variable name, or a variable namespace that no extension defines",
          InvalidVariable.class);

  /** Pigeonhole's EXT_VARIABLES_MAX_VARIABLE_NAME_LEN; RFC 5229 sets no limit. */
  static final int MAX_NAME_LENGTH = 64;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");

  private final SieveLanguage language = SieveLanguage.standard();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    ScriptBindings bindings = ArgumentValues.bindings(context);
    Set<String> required = bindings.required();
    if (!required.contains("variables")) {
      return;
    }
    for (ScriptBindings.Bound bound : bindings.all()) {
      List<Argument.StringValue> names =
          new ArrayList<>(bound.binding().stringsWithRole(ArgRole.VARIABLE_NAME));
      names.addAll(bound.binding().stringsWithRole(ArgRole.VARIABLE_NAMES));
      for (Argument.StringValue name : names) {
        if (ArgumentValues.unknown(context, name)) {
          continue;
        }
        String problem = nameProblem(name.value(), required);
        if (problem != null) {
          context.report(name.span(), problem);
        }
      }
    }
    for (Argument.StringValue string : ArgumentValues.allStrings(context)) {
      for (VariableRefs.Ref ref : VariableRefs.refs(string.value())) {
        if (!ref.namespaced()) {
          continue;
        }
        String problem = namespaceProblem(ref.text(), required, "reference to");
        if (problem != null) {
          // Pigeonhole logs an error for such a reference but still compiles the script
          // (sievec exits 0), so a reference is a warning; an assignment fails the compile.
          context.report(
              Severity.WARNING,
              string.span(),
              problem.replace("the server rejects the script", "the reference is not expanded"),
              null);
        }
      }
    }
  }

  /** Why {@code name} cannot be assigned, or null when it can. */
  private @Nullable String nameProblem(String name, Set<String> required) {
    if (name.isEmpty()) {
      return "empty variable name; the server rejects the script";
    }
    if (NUMBER.matcher(name).matches()) {
      return "cannot assign to match variable '"
          + name
          + "': only :matches and :regex set match variables, so the server rejects the script";
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return "variable name '"
          + name.substring(0, 20)
          + "...' is longer than the "
          + MAX_NAME_LENGTH
          + " characters Pigeonhole allows; the server rejects the script";
    }
    if (name.contains(".")) {
      return namespaceProblem(name, required, "variable");
    }
    if (!IDENTIFIER.matcher(name).matches()) {
      return "invalid variable name '"
          + name
          + "': a name is a letter or '_' followed by letters, digits and '_', so the server"
          + " rejects the script";
    }
    return null;
  }

  /** Why the namespaced {@code name} is invalid, or null when its namespace is usable. */
  private @Nullable String namespaceProblem(String name, Set<String> required, String what) {
    String[] parts = name.split("\\.", -1);
    String namespace = parts[0];
    for (String part : parts) {
      if (!IDENTIFIER.matcher(part).matches() && !NUMBER.matcher(part).matches()) {
        return "invalid variable name '" + name + "': the server rejects the script";
      }
    }
    Optional<String> capability = language.variableNamespace(namespace);
    if (capability.isEmpty()) {
      return what
          + " '"
          + name
          + "' uses namespace '"
          + namespace
          + "', which no Sieve extension defines; the server rejects the script";
    }
    if (!required.contains(capability.get())) {
      return what
          + " '"
          + name
          + "' uses namespace '"
          + namespace
          + "', which needs \""
          + capability.get()
          + "\" in the require; without it the server rejects the script";
    }
    if (namespace.toLowerCase(Locale.ROOT).equals("global")
        && (parts.length != 2 || !IDENTIFIER.matcher(parts[1]).matches())) {
      return "invalid variable name '"
          + name
          + "': the global namespace holds plain identifiers only (RFC 6609 section 3.5), so"
          + " the server rejects the script";
    }
    return null;
  }
}
