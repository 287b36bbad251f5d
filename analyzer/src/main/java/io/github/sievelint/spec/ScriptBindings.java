package io.github.sievelint.spec;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Node;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every command and test of a script that the language knows, bound to its signature, in source
 * order. Rules that check argument values (header names, addresses, regular expressions, variable
 * names) walk this instead of knowing each command's argument layout:
 *
 * <pre>{@code
 * for (ScriptBindings.Bound b : ScriptBindings.of(script).all()) {
 *   if (b.binding().matchType().equals("regex")) {
 *     for (Argument.StringValue key : b.binding().stringsWithRole(ArgRole.KEYS)) { ... }
 *   }
 * }
 * }</pre>
 */
public final class ScriptBindings {

  /** A command or test and its binding. */
  public record Bound(Node node, Binding binding) {}

  private final Set<String> required;
  private final List<Bound> all;

  private ScriptBindings(Set<String> required, List<Bound> all) {
    this.required = Set.copyOf(required);
    this.all = List.copyOf(all);
  }

  /** Binds every known command and test of {@code script}; unknown names are left out. */
  public static ScriptBindings of(Script script) {
    SieveLanguage language = SieveLanguage.standard();
    List<Command> commands = Walker.commands(script);
    Set<String> required = new HashSet<>();
    for (Command command : commands) {
      if (command.is("require")) {
        for (Argument a : command.arguments().values()) {
          for (Argument.StringValue cap : Argument.strings(a)) {
            addWithImplied(language, cap.value().toLowerCase(Locale.ROOT), required);
          }
        }
      }
    }
    List<Bound> all = new ArrayList<>();
    for (Command command : commands) {
      List<CommandSpec> specs = language.commands(command.name());
      if (!specs.isEmpty()) {
        Signature spec = SieveLanguage.choose(specs, required);
        all.add(
            new Bound(
                command, Binder.bind(spec, command.arguments(), required, command.nameSpan())));
      }
      for (Test test : Walker.tests(command.arguments())) {
        List<TestSpec> tests = language.tests(test.name());
        if (!tests.isEmpty()) {
          Signature spec = SieveLanguage.choose(tests, required);
          all.add(new Bound(test, Binder.bind(spec, test.arguments(), required, test.nameSpan())));
        }
      }
    }
    return new ScriptBindings(required, all);
  }

  private static void addWithImplied(SieveLanguage language, String cap, Set<String> out) {
    if (out.add(cap)) {
      language
          .capability(cap)
          .ifPresent(c -> c.implies().forEach(i -> addWithImplied(language, i, out)));
    }
  }

  /** The capabilities the script requires, with those they imply. */
  public Set<String> required() {
    return required;
  }

  /** Every bound command and test, in source order. */
  public List<Bound> all() {
    return all;
  }
}
