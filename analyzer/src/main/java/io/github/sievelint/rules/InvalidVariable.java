package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.ArgRole;
import io.github.sievelint.spec.ScriptBindings;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.SieveLanguage;
import io.github.sievelint.spec.VariableNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Flags a variable name that cannot be assigned (not an identifier, a match variable, too long, in
 * a read-only namespace) and a namespace that neither a required extension nor the server defines
 * (RFC 5229 sections 3 and 4).
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
    ServerProfile profile = context.settings().server();
    for (ScriptBindings.Bound bound : bindings.all()) {
      // hasflag reads the variables it names (RFC 5232 section 4); every other name is assigned.
      boolean assigned = !(bound.node() instanceof Test test && test.is("hasflag"));
      List<Argument.StringValue> names =
          new ArrayList<>(bound.binding().stringsWithRole(ArgRole.VARIABLE_NAME));
      names.addAll(bound.binding().stringsWithRole(ArgRole.VARIABLE_NAMES));
      for (Argument.StringValue name : names) {
        if (ArgumentValues.unknown(context, name)) {
          continue;
        }
        Problem problem = nameProblem(name.value(), required, profile, assigned);
        if (problem != null) {
          report(context, name, problem, null);
        }
      }
    }
    for (Argument.StringValue string : ArgumentValues.allStrings(context)) {
      for (VariableRefs.Ref ref : VariableRefs.refs(string.value())) {
        if (!ref.namespaced()) {
          continue;
        }
        Problem problem = namespaceProblem(ref.text(), required, profile, false);
        if (problem != null) {
          // Pigeonhole logs an error for such a reference but still compiles the script
          // (sievec exits 0), so a reference is a warning; an assignment fails the compile.
          report(context, string, problem, Severity.WARNING);
        }
      }
    }
  }

  /**
   * Reports {@code problem} at its own severity when a server may define what it names (info), at
   * {@code severity} or the rule's otherwise.
   */
  private static void report(
      RuleContext context,
      Argument.StringValue where,
      Problem problem,
      @Nullable Severity severity) {
    VariableNamespace maybe = problem.mayHold();
    if (maybe != null) {
      context.report(
          Severity.INFO,
          where.span(),
          problem.message(),
          "if the script runs on "
              + maybe.serverName()
              + ", lint it with --server "
              + maybe.server());
    } else if (severity != null) {
      context.report(severity, where.span(), problem.message(), null);
    } else {
      context.report(where.span(), problem.message());
    }
  }

  /**
   * Why a name or reference is wrong.
   *
   * @param message what is wrong and what the server does
   * @param mayHold a server's built-in definition that may make it right where no server is given,
   *     or null
   */
  private record Problem(String message, @Nullable VariableNamespace mayHold) {
    Problem(String message) {
      this(message, null);
    }
  }

  /** Why {@code name} cannot be assigned (read, for hasflag), or null when it can. */
  private @Nullable Problem nameProblem(
      String name, Set<String> required, ServerProfile profile, boolean assigned) {
    if (name.isEmpty()) {
      return new Problem("empty variable name; the server rejects the script");
    }
    if (NUMBER.matcher(name).matches()) {
      return assigned
          ? new Problem(
              "cannot assign to match variable '"
                  + name
                  + "': only :matches and :regex set match variables, so the server rejects the"
                  + " script")
          : null;
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return new Problem(
          "variable name '"
              + name.substring(0, 20)
              + "...' is longer than the "
              + MAX_NAME_LENGTH
              + " characters Pigeonhole allows; the server rejects the script");
    }
    if (name.contains(".")) {
      return namespaceProblem(name, required, profile, assigned);
    }
    if (!IDENTIFIER.matcher(name).matches()) {
      return new Problem(
          "invalid variable name '"
              + name
              + "': a name is a letter or '_' followed by letters, digits and '_', so the server"
              + " rejects the script");
    }
    return null;
  }

  /**
   * Why the namespaced {@code name} is invalid where it is assigned ({@code assigned}) or read, or
   * null when a definition of its namespace that holds for this script accepts it.
   */
  private @Nullable Problem namespaceProblem(
      String name, Set<String> required, ServerProfile profile, boolean assigned) {
    String what = assigned ? "variable" : "reference to";
    String outcome = assigned ? "the server rejects the script" : "the reference is not expanded";
    List<String> parts = List.of(name.split("\\.", -1));
    for (String part : parts) {
      if (!IDENTIFIER.matcher(part).matches() && !NUMBER.matcher(part).matches()) {
        return new Problem("invalid variable name '" + name + "': " + outcome);
      }
    }
    String namespace = parts.get(0);
    List<VariableNamespace> definitions = language.variableNamespaces(namespace);
    if (definitions.isEmpty()) {
      return new Problem(
          what
              + " '"
              + name
              + "' uses namespace '"
              + namespace
              + "', which no Sieve extension defines; "
              + outcome);
    }
    Problem invalid = null;
    List<String> capabilities = new ArrayList<>();
    VariableNamespace builtIn = null;
    VariableNamespace mayHold = null;
    for (VariableNamespace definition : definitions) {
      if (definition.holds(required, profile)) {
        String problem = definitionProblem(definition, name, parts, assigned, outcome);
        if (problem == null) {
          return null;
        }
        invalid = invalid == null ? new Problem(problem) : invalid;
      } else if (definition.capability() != null) {
        capabilities.add(definition.capability());
      } else {
        builtIn = builtIn == null ? definition : builtIn;
        mayHold = mayHold == null && definition.mayHold(required, profile) ? definition : mayHold;
      }
    }
    if (invalid != null) {
      return invalid;
    }
    String uses = what + " '" + name + "' uses namespace '" + namespace + "', which ";
    if (capabilities.isEmpty() && builtIn != null) {
      return new Problem(
          uses
              + "only "
              + builtIn.serverName()
              + " defines; "
              + (mayHold != null ? "on other servers " : "")
              + outcome,
          mayHold);
    }
    return new Problem(
        uses
            + "needs \""
            + String.join("\" or \"", capabilities)
            + "\" in the require"
            + (mayHold != null ? " (" + mayHold.serverName() + " defines it without one)" : "")
            + "; without it "
            + outcome,
        mayHold);
  }

  /**
   * Why {@code definition}, which holds for the script, does not take {@code name} (split into
   * {@code parts}, the namespace first), or null when it does.
   */
  private static @Nullable String definitionProblem(
      VariableNamespace definition,
      String name,
      List<String> parts,
      boolean assigned,
      String outcome) {
    // A server that has the namespace built in rejects a wrong name in it at compile time.
    String consequence =
        definition.server() != null ? definition.serverName() + " rejects the script" : outcome;
    if (assigned && !definition.assignable()) {
      return "cannot assign to '"
          + name
          + "': the "
          + definition.name()
          + " namespace is read-only ("
          + definition.source()
          + "), so "
          + consequence;
    }
    String problem = definition.partsProblem(parts.subList(1, parts.size()));
    return problem == null
        ? null
        : "invalid variable name '" + name + "': " + problem + ", so " + consequence;
  }
}
