package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Arguments;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Node;
import io.github.sievelint.ast.Test;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import io.github.sievelint.spec.Binder;
import io.github.sievelint.spec.Binding;
import io.github.sievelint.spec.CommandSpec;
import io.github.sievelint.spec.Named;
import io.github.sievelint.spec.SieveLanguage;
import io.github.sievelint.spec.Signature;
import io.github.sievelint.spec.TestSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The validity checks that the language table drives (RULES.md section 1 and the require hygiene of
 * section 2), run once per script; each rule reports its own share of the findings.
 */
final class Validation {

  static final String SYNTAX_ERROR = "syntax-error";
  static final String UNKNOWN_COMMAND = "unknown-command";
  static final String UNKNOWN_TEST = "unknown-test";
  static final String MISSING_REQUIRE = "missing-require";
  static final String UNKNOWN_CAPABILITY = "unknown-capability";
  static final String INVALID_ARGUMENTS = "invalid-arguments";
  static final String MISPLACED_COMMAND = "misplaced-command";
  static final String INVALID_COMPARATOR = "invalid-comparator";
  static final String UNUSED_REQUIRE = "unused-require";
  static final String DUPLICATE_REQUIRE = "duplicate-require";

  /** One finding, before it is reported by the rule that owns {@code ruleId}. */
  record Finding(String ruleId, Span span, String message, @Nullable String help) {}

  /** Where checks put their findings. */
  interface Sink {
    void add(String ruleId, Span span, String message, @Nullable String help);
  }

  /** What is in effect for a block: the usable capabilities and the enclosing loops. */
  private record Scope(Set<String> available, boolean ihaveUnknown, List<String> loops) {
    Scope withIhave(Set<String> more, boolean unknown) {
      Set<String> all = new HashSet<>(available);
      all.addAll(more);
      return new Scope(all, ihaveUnknown || unknown, loops);
    }

    Scope inLoop(String name) {
      List<String> names = new ArrayList<>(loops);
      names.add(name);
      return new Scope(available, ihaveUnknown, names);
    }
  }

  /** Pigeonhole's limit on nested foreverypart loops; RFC 5703 sets none. */
  private static final int MAX_LOOPS = 4;

  private final SieveLanguage language = SieveLanguage.standard();
  private final SourceFile source;
  private final List<Finding> findings = new ArrayList<>();
  private final Sink sink =
      (rule, span, message, help) -> {
        if (this.dead == 0) {
          findings.add(new Finding(rule, span, message, help));
        }
      };

  /**
   * How many enclosing blocks can never run ({@code if false}, Roundcube's way of disabling a
   * rule): their contents are not checked, as Pigeonhole does not check them either.
   */
  private int dead;

  /**
   * The bindings made with the script's top-level capabilities (outside any ihave block), by node,
   * for {@link #earlier}.
   */
  private final java.util.IdentityHashMap<Node, Binding> bound = new java.util.IdentityHashMap<>();

  private Set<String> top = Set.of();

  private final RequireCheck requires;
  private final ArgumentChecks arguments;

  private final PlacementCheck placement;
  private final ConstantTests constants = new ConstantTests(language);

  private Validation(RuleContext context) {
    this.source = context.source();
    this.requires = new RequireCheck(language, context.settings().server(), sink);
    this.placement = new PlacementCheck(language, sink);
    this.arguments =
        new ArgumentChecks(language, context.settings().server(), sink, requires::credit);
  }

  /** The findings for the script in {@code context}, computed once and shared by the rules. */
  static Validation of(RuleContext context) {
    return context.shared(Validation.class, Validation::run);
  }

  private static Validation run(RuleContext context) {
    Validation v = new Validation(context);
    v.requires.collect(context.script());
    Scope top = new Scope(Set.copyOf(v.requires.available()), false, List.of());
    v.top = top.available();
    v.block(context.script().commands(), top, true);
    v.requires.reportUnused();
    return v;
  }

  /**
   * The binding of {@code node} made here, when it was made with exactly {@code available}: binding
   * depends only on the node, the signature (chosen by the capabilities) and the capabilities.
   */
  @Nullable Binding earlier(Node node, Set<String> available) {
    Binding known = bound.get(node);
    if (known == null) {
      return null;
    }
    if (!sameAsTop(available)) {
      return null;
    }
    return known;
  }

  /** The last set found equal to {@link #top}: a caller asks with the same set for every node. */
  private @Nullable Set<String> equalToTop;

  @SuppressWarnings("ReferenceEquality") // identity first: comparing the sets each time costs more
  private boolean sameAsTop(Set<String> available) {
    if (available == top || available == equalToTop) {
      return true;
    }
    if (!top.equals(available)) {
      return false;
    }
    equalToTop = available;
    return true;
  }

  /** The findings of one rule. */
  List<Finding> findings(String ruleId) {
    if (findings.isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.ruleId().equals(ruleId)) {
        out.add(f);
      }
    }
    return out;
  }

  private void block(List<Command> commands, Scope scope, boolean topLevel) {
    boolean prologue = topLevel;
    Command previous = null;
    boolean chainTaken = false;
    for (int i = 0; i < commands.size(); i++) {
      List<Command> recovered = recover(commands.get(i));
      for (int j = 0; j < recovered.size(); j++) {
        Command command = recovered.get(j);
        placement.check(command, scope.loops(), topLevel && prologue, previous);
        if (!command.is("require")) {
          prologue = false;
        }
        Boolean condition = null;
        if (command.is("if") || command.is("elsif")) {
          if (command.is("if")) {
            chainTaken = false;
          }
          condition =
              command.arguments().tests().size() == 1
                  ? constants.constant(command.arguments().tests().get(0))
                  : null;
        }
        boolean never =
            ((command.is("elsif") || command.is("else")) && chainTaken)
                || Boolean.FALSE.equals(condition);
        if (Boolean.TRUE.equals(condition)) {
          chainTaken = true;
        }
        command(command, scope, never);
        previous = command;
      }
    }
  }

  /**
   * A command that takes no test but got one whose name is a command lost its ';': the parser read
   * {@code require "x" if ...} as one command. Reports the missing ';' and splits the two.
   */
  private List<Command> recover(Command command) {
    List<CommandSpec> specs = language.commands(command.name());
    Arguments args = command.arguments();
    if (specs.isEmpty() || args.testList() || args.tests().size() != 1) {
      return List.of(command);
    }
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).takesTest()) {
        return List.of(command);
      }
    }
    Test next = args.tests().get(0);
    if (!language.isCommand(next.name()) || language.isTest(next.name())) {
      return List.of(command);
    }
    List<Argument> values = args.values();
    int end =
        values.isEmpty() ? command.nameSpan().end() : values.get(values.size() - 1).span().end();
    sink.add(
        SYNTAX_ERROR,
        source.span(end, end),
        "expected ';' after command '" + command.name() + "'",
        "end the " + command.name() + " command with ';'");
    Command head =
        new Command(
            command.name(),
            command.nameSpan(),
            new Arguments(values, List.of(), false),
            null,
            source.span(command.span().start(), end));
    Command tail =
        new Command(
            next.name(),
            next.nameSpan(),
            next.arguments(),
            command.block(),
            source.span(next.span().start(), command.span().end()));
    List<Command> out = new ArrayList<>();
    out.add(head);
    out.addAll(recover(tail));
    return out;
  }

  private void command(Command command, Scope scope, boolean neverRuns) {
    List<CommandSpec> specs = language.commands(command.name());
    if (specs.isEmpty()) {
      unknown(command.name(), command.nameSpan(), scope, true);
      tests(command.arguments().tests(), scope);
      if (command.block() != null) {
        block(command.block().commands(), scope, false);
      }
      return;
    }
    CommandSpec spec = SieveLanguage.choose(specs, scope.available());
    Binding binding = bind(command, spec, command.arguments(), command.nameSpan(), scope);
    Named what = new Named("command", command.name());
    List<Test> tests = command.arguments().tests();
    if (spec.takesTest() && (tests.size() != 1)) {
      sink.add(
          INVALID_ARGUMENTS,
          tests.size() > 1 ? tests.get(1).span() : command.nameSpan(),
          "the "
              + what
              + " needs exactly one test, found "
              + (tests.isEmpty() ? "none" : String.valueOf(tests.size()))
              + "; usage: "
              + command.name()
              + " <test> <block>",
          null);
    } else if (!spec.takesTest() && !tests.isEmpty()) {
      sink.add(
          INVALID_ARGUMENTS,
          tests.get(0).span(),
          "the "
              + what
              + " takes no test, found test '"
              + tests.get(0).name()
              + "'; usage: "
              + spec.usage(scope.available()),
          null);
    }
    if (spec.block() == CommandSpec.Block.REQUIRED && command.block() == null) {
      sink.add(
          INVALID_ARGUMENTS,
          command.nameSpan(),
          "the " + what + " needs a block of commands in braces",
          null);
    } else if (spec.block() == CommandSpec.Block.NONE && command.block() != null) {
      sink.add(
          INVALID_ARGUMENTS,
          command.block().span(),
          "the " + what + " takes no block; end it with ';' instead",
          null);
    }
    Scope inner = scope;
    if (command.is("foreverypart")) {
      String name =
          binding.tag("name").map(Binding.BoundTag::value).map(Validation::text).orElse("");
      inner = scope.inLoop(name);
      if (inner.loops().size() > MAX_LOOPS) {
        sink.add(
            MISPLACED_COMMAND,
            command.nameSpan(),
            "foreverypart nested "
                + inner.loops().size()
                + " levels deep, more than the "
                + MAX_LOOPS
                + " that Pigeonhole allows; the server rejects the script",
            null);
      }
    }
    tests(tests, scope);
    Set<String> ihave = Set.of();
    boolean unknownIhave = false;
    if (command.is("if") || command.is("elsif")) {
      List<Argument.StringValue> capabilities = new ArrayList<>(0);
      for (int i = 0; i < tests.size(); i++) {
        ihaveCapabilities(tests.get(i), capabilities);
      }
      if (!capabilities.isEmpty()) {
        ihave = new HashSet<>();
        for (int i = 0; i < capabilities.size(); i++) {
          String name = capabilities.get(i).value().toLowerCase(java.util.Locale.ROOT);
          ihave.add(name);
          unknownIhave |= language.capability(name).isEmpty();
        }
      }
    }
    if (!ihave.isEmpty()) {
      inner = inner.withIhave(ihave, unknownIhave);
    }
    if (command.block() != null) {
      if (neverRuns) {
        dead++;
      }
      block(command.block().commands(), inner, false);
      if (neverRuns) {
        dead--;
      }
    }
  }

  private void test(Test test, Scope scope) {
    List<TestSpec> specs = language.tests(test.name());
    if (specs.isEmpty()) {
      unknown(test.name(), test.nameSpan(), scope, false);
      tests(test.arguments().tests(), scope);
      return;
    }
    TestSpec spec = SieveLanguage.choose(specs, scope.available());
    bind(test, spec, test.arguments(), test.nameSpan(), scope);
    List<Test> inner = test.arguments().tests();
    Named what = new Named("test", test.name());
    switch (spec.subtests()) {
      case NONE -> {
        if (!inner.isEmpty()) {
          sink.add(
              INVALID_ARGUMENTS,
              inner.get(0).span(),
              "the "
                  + what
                  + " takes no nested test, found '"
                  + inner.get(0).name()
                  + "'; usage: "
                  + spec.usage(scope.available()),
              null);
        }
      }
      case ONE -> {
        if (inner.size() != 1) {
          sink.add(
              INVALID_ARGUMENTS,
              inner.size() > 1 ? inner.get(1).span() : test.nameSpan(),
              "the "
                  + what
                  + " needs exactly one test, found "
                  + inner.size()
                  + "; usage: not <test>",
              null);
        }
      }
      case LIST -> {
        // An empty "()" is already a syntax error; only a missing list is reported here.
        if (inner.isEmpty() && !test.arguments().testList()) {
          sink.add(
              INVALID_ARGUMENTS,
              test.nameSpan(),
              "the "
                  + what
                  + " needs a list of tests in parentheses; usage: "
                  + test.name()
                  + " (<test>, ...)",
              null);
        }
      }
    }
    tests(inner, scope);
  }

  private void tests(List<Test> tests, Scope scope) {
    for (int i = 0; i < tests.size(); i++) {
      test(tests.get(i), scope);
    }
  }

  private Binding bind(Node node, Signature spec, Arguments args, Span anchor, Scope scope) {
    Named what = Named.of(spec);
    List<String> missing = List.of();
    List<String> capabilities = spec.capabilities();
    for (int i = 0; i < capabilities.size(); i++) {
      String capability = capabilities.get(i);
      requires.credit(capability);
      if (!scope.available().contains(capability)) {
        if (missing.isEmpty()) {
          missing = new ArrayList<>();
        }
        missing.add(capability);
      }
    }
    if (!missing.isEmpty()) {
      sink.add(
          MISSING_REQUIRE,
          anchor,
          "the "
              + what
              + " needs "
              + quoted(missing)
              + " in the require; without it the server rejects the script",
          "add " + quoted(missing) + " to the require");
    }
    Binding binding = Binder.bind(spec, args, scope.available(), anchor);
    if (scope.available() == top) {
      bound.put(node, binding);
    }
    List<Binding.Problem> problems = binding.problems();
    for (int i = 0; i < problems.size(); i++) {
      Binding.Problem p = problems.get(i);
      sink.add(INVALID_ARGUMENTS, p.span(), p.message(), null);
    }
    arguments.check(binding, what, scope.available());
    return binding;
  }

  private void unknown(String name, Span where, Scope scope, boolean asCommand) {
    if (asCommand && language.isTest(name)) {
      sink.add(
          UNKNOWN_COMMAND,
          where,
          "'" + name + "' is a test, not a command; it can only stand in a condition such as if",
          null);
      return;
    }
    if (!asCommand && language.isCommand(name)) {
      sink.add(
          UNKNOWN_TEST,
          where,
          "'" + name + "' is a command, not a test; a condition needs a test here",
          null);
      return;
    }
    if (scope.ihaveUnknown()) {
      return; // RFC 5463 section 4: an extension tested with ihave may define it.
    }
    Set<String> names = asCommand ? language.commandNames() : language.testNames();
    String hint = Names.closest(name, names);
    sink.add(
        asCommand ? UNKNOWN_COMMAND : UNKNOWN_TEST,
        where,
        "unknown "
            + (asCommand ? "command" : "test")
            + " '"
            + name
            + "': no Sieve extension defines it, so the server rejects the script"
            + (hint == null ? "" : " (did you mean '" + hint + "'?)"),
        null);
  }

  /**
   * Adds the capabilities named by the ihave tests of {@code condition} (RFC 5463 section 4), not
   * looking under a {@code not}. Recursion is bounded by the parser's nesting limit.
   */
  private static void ihaveCapabilities(Test condition, List<Argument.StringValue> out) {
    if (condition.is("ihave")) {
      List<Argument> values = condition.arguments().values();
      for (int i = 0; i < values.size(); i++) {
        out.addAll(Argument.strings(values.get(i)));
      }
    }
    if (!condition.is("not")) {
      List<Test> inner = condition.arguments().tests();
      for (int i = 0; i < inner.size(); i++) {
        ihaveCapabilities(inner.get(i), out);
      }
    }
  }

  private static String text(@Nullable Argument argument) {
    return argument instanceof Argument.StringValue s ? s.value() : "";
  }

  /** {@code "a"} or {@code "a", "b"} for messages. */
  static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
  }
}
