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

  /**
   * A binding made earlier for the same node with the same capabilities, so it need not be made
   * again; null when there is none.
   */
  @FunctionalInterface
  public interface Earlier {
    @org.jspecify.annotations.Nullable
    Binding find(Node node, Set<String> available);
  }

  /** Binds every known command and test of {@code script}; unknown names are left out. */
  public static ScriptBindings of(Script script) {
    return of(Walker.commands(script), (node, available) -> null);
  }

  /**
   * Like {@link #of(Script)} for the script whose every command ({@link Walker#commands(Script)})
   * is {@code commands}, taking the bindings {@code earlier} already has (the validity checks bind
   * every command and test too).
   */
  public static ScriptBindings of(List<Command> commands, Earlier earlier) {
    SieveLanguage language = SieveLanguage.standard();
    Set<String> required = new HashSet<>();
    for (int i = 0; i < commands.size(); i++) {
      Command command = commands.get(i);
      if (command.is("require")) {
        for (Argument a : command.arguments().values()) {
          for (Argument.StringValue cap : Argument.strings(a)) {
            addWithImplied(language, cap.value().toLowerCase(Locale.ROOT), required);
          }
        }
      }
    }
    List<Bound> all = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      Command command = commands.get(i);
      List<CommandSpec> specs = language.commands(command.name());
      if (!specs.isEmpty()) {
        Binding known = earlier.find(command, required);
        if (known == null) {
          Signature spec = SieveLanguage.choose(specs, required);
          known = Binder.bind(spec, command.arguments(), required, command.nameSpan());
        }
        all.add(new Bound(command, known));
      }
      List<Test> tests = Walker.tests(command.arguments());
      for (int t = 0; t < tests.size(); t++) {
        Test test = tests.get(t);
        List<TestSpec> testSpecs = language.tests(test.name());
        if (!testSpecs.isEmpty()) {
          Binding known = earlier.find(test, required);
          if (known == null) {
            Signature spec = SieveLanguage.choose(testSpecs, required);
            known = Binder.bind(spec, test.arguments(), required, test.nameSpan());
          }
          all.add(new Bound(test, known));
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
