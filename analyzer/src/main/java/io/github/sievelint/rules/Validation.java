package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Arguments;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Node;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Includes;
import io.github.sievelint.source.Span;
import io.github.sievelint.spec.Binder;
import io.github.sievelint.spec.Binding;
import io.github.sievelint.spec.CommandSpec;
import io.github.sievelint.spec.Named;
import io.github.sievelint.spec.Names;
import io.github.sievelint.spec.SieveLanguage;
import io.github.sievelint.spec.Signature;
import io.github.sievelint.spec.TestSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The validity checks that the language table drives (RULES.md section 1 and the require hygiene of
 * section 2), run once per script. What they find are facts ({@link ValidityProblem}); each rule
 * reports and words its own kinds.
 *
 * <p>Its loops over commands, tests and arguments are indexed: they run for every command of every
 * script, and under the launcher's C1 compiler a for-each allocates an iterator each time (written
 * as for-each, the 100,000-account benchmark allocated 11 % more and ran 15 % slower).
 */
final class Validation {

  /** Where the checks put what they find. */
  interface Sink {
    void add(ValidityProblem problem);
  }

  /**
   * What is in effect for a block: the usable capabilities, the names of the enclosing foreverypart
   * loops and how many Stalwart while loops enclose it.
   */
  private record Scope(
      Set<String> available, boolean ihaveUnknown, List<String> loops, int whiles) {
    Scope withIhave(Set<String> more, boolean unknown) {
      Set<String> all = new HashSet<>(available);
      all.addAll(more);
      return new Scope(all, ihaveUnknown || unknown, loops, whiles);
    }

    Scope inLoop(String name) {
      List<String> names = new ArrayList<>(loops);
      names.add(name);
      return new Scope(available, ihaveUnknown, names, whiles);
    }

    Scope inWhile() {
      return new Scope(available, ihaveUnknown, loops, whiles + 1);
    }
  }

  /** Pigeonhole's limit on nested foreverypart loops; RFC 5703 sets none. */
  private static final int MAX_LOOPS = 4;

  private final SieveLanguage language = SieveLanguage.standard();
  private final List<ValidityProblem> problems = new ArrayList<>();
  private final Sink sink =
      problem -> {
        if (this.dead == 0) {
          problems.add(problem);
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
  private final IdentityHashMap<Node, Binding> bound = new IdentityHashMap<>();

  private Set<String> top = Set.of();

  private final RequireCheck requires;
  private final ArgumentChecks arguments;

  private final PlacementCheck placement;
  private final ConstantTests constants = new ConstantTests(language);

  private Validation(RuleContext context) {
    this.requires = new RequireCheck(language, context.settings().server(), sink);
    this.placement = new PlacementCheck(language, sink);
    this.arguments =
        new ArgumentChecks(language, context.settings().server(), sink, requires::credit);
  }

  /** The problems of the script in {@code context}, found once and shared by the rules. */
  private static Validation of(RuleContext context) {
    return context.shared(Validation.class, Validation::run);
  }

  private static Validation run(RuleContext context) {
    Validation v = new Validation(context);
    v.requires.collect(context.script());
    Scope top = new Scope(Set.copyOf(v.requires.available()), false, List.of(), 0);
    v.top = top.available();
    v.block(context.script().commands(), top, true);
    v.requires.reportUnused();
    v.scriptNames(context.script());
    return v;
  }

  /**
   * Include names that no server accepts, in blocks that never run too; names that would leave the
   * script folder are {@link IncludeOutsideRoot}'s.
   */
  private void scriptNames(Script script) {
    List<Command> commandList = Walker.commands(script);
    for (int commandIndex = 0; commandIndex < commandList.size(); commandIndex++) {
      Command command = commandList.get(commandIndex);
      Includes.parse(command)
          .filter(include -> Includes.nameProblem(include.name()) == Includes.NameProblem.INVALID)
          .ifPresent(
              include ->
                  problems.add(
                      new ValidityProblem.InvalidScriptName(
                          include.nameArgument().span(), include.name())));
    }
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

  /** A finding's text and its one-line fix, if there is one. */
  record Message(String text, @Nullable String help, @Nullable Severity severity) {
    Message(String text, @Nullable String help) {
      this(text, help, null);
    }

    static Message of(String text) {
      return new Message(text, null);
    }
  }

  /**
   * Reports each problem of {@code kind} in the script of {@code context} (for the running rule),
   * in the words of {@code words}.
   */
  static <T extends ValidityProblem> void report(
      RuleContext context, Class<T> kind, Function<T, Message> words) {
    for (T problem : of(context).problems(kind)) {
      Message message = words.apply(problem);
      if (message.severity() == null) {
        context.report(problem.span(), message.text(), List.of(), message.help());
      } else {
        context.report(message.severity(), problem.span(), message.text(), message.help());
      }
      Span misread = problem.misread();
      if (misread != null) {
        context.reject(misread);
      }
    }
  }

  /** The problems of {@code kind} in the script of {@code context}, in the order found. */
  static <T extends ValidityProblem> List<T> problems(RuleContext context, Class<T> kind) {
    return of(context).problems(kind);
  }

  /** The problems of one kind, in the order found. */
  private <T extends ValidityProblem> List<T> problems(Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < problems.size(); i++) {
      ValidityProblem problem = problems.get(i);
      if (kind.isInstance(problem)) {
        out.add(kind.cast(problem));
      }
    }
    return out;
  }

  private void block(List<Command> commands, Scope scope, boolean topLevel) {
    boolean prologue = topLevel;
    Command previous = null;
    boolean chainTaken = false;
    List<Command> commandList = commands;
    for (int commandIndex = 0; commandIndex < commandList.size(); commandIndex++) {
      Command command = commandList.get(commandIndex);
      placement.check(
          command,
          scope.loops(),
          scope.whiles(),
          scope.available(),
          topLevel && prologue,
          previous);
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

  private void command(Command command, Scope scope, boolean neverRuns) {
    List<CommandSpec> specs = language.commands(command.name());
    if (specs.isEmpty()) {
      unknown(command.name(), command.nameSpan(), command.head(), scope, true);
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
      Span at = tests.size() > 1 ? tests.get(1).span() : command.nameSpan();
      sink.add(new ValidityProblem.CommandTestCount(at, what, tests.size()));
    } else if (!spec.takesTest() && !tests.isEmpty()) {
      sink.add(
          new ValidityProblem.UnexpectedTest(
              tests.get(0).span(), what, tests.get(0).name(), spec.usage(scope.available())));
    }
    if (spec.block() == CommandSpec.Block.REQUIRED && command.block() == null) {
      sink.add(new ValidityProblem.WrongBlock(command.nameSpan(), what, true));
    } else if (spec.block() == CommandSpec.Block.NONE && command.block() != null) {
      sink.add(new ValidityProblem.WrongBlock(command.block().span(), what, false));
    }
    Scope inner = scope;
    if (command.is("foreverypart")) {
      String name =
          binding.tag("name").map(Binding.BoundTag::value).map(Validation::text).orElse("");
      inner = scope.inLoop(name);
      if (inner.loops().size() > MAX_LOOPS) {
        sink.add(
            new ValidityProblem.LoopTooDeep(command.nameSpan(), inner.loops().size(), MAX_LOOPS));
      }
    } else if (command.is("while")) {
      inner = scope.inWhile();
    }
    tests(tests, scope);
    Set<String> ihave = Set.of();
    boolean unknownIhave = false;
    if (command.is("if") || command.is("elsif")) {
      List<Argument.StringValue> capabilities = new ArrayList<>();
      List<Test> testList = tests;
      for (int testIndex = 0; testIndex < testList.size(); testIndex++) {
        Test test = testList.get(testIndex);
        ihaveCapabilities(test, capabilities);
      }
      if (!capabilities.isEmpty()) {
        ihave = new HashSet<>();
        List<Argument.StringValue> capabilityList = capabilities;
        for (int capabilityIndex = 0; capabilityIndex < capabilityList.size(); capabilityIndex++) {
          Argument.StringValue capability = capabilityList.get(capabilityIndex);
          String name = capability.value().toLowerCase(Locale.ROOT);
          ihave.add(name);
          unknownIhave |= language.capability(name).isEmpty();
        }
      }
    }
    if (!ihave.isEmpty()) {
      inner = inner.withIhave(ihave, unknownIhave);
    }
    if (command.is("if") || command.is("elsif")) {
      Set<String> checked = new HashSet<>();
      for (Test test : tests) {
        notifyGuards(test, checked);
      }
      if (!checked.isEmpty()) {
        inner = inner.withIhave(checked, false);
      }
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
      unknown(test.name(), test.nameSpan(), test.span(), scope, false);
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
              new ValidityProblem.UnexpectedNestedTest(
                  inner.get(0).span(), what, inner.get(0).name(), spec.usage(scope.available())));
        }
      }
      case ONE -> {
        if (inner.size() != 1) {
          Span at = inner.size() > 1 ? inner.get(1).span() : test.nameSpan();
          sink.add(new ValidityProblem.NestedTestCount(at, what, inner.size()));
        }
      }
      case LIST -> {
        // An empty "()" is already a syntax error; only a missing list is reported here.
        if (inner.isEmpty() && !test.arguments().testList()) {
          sink.add(new ValidityProblem.MissingTestList(test.nameSpan(), what));
        }
      }
    }
    tests(inner, scope);
  }

  private void tests(List<Test> tests, Scope scope) {
    List<Test> testList = tests;
    for (int testIndex = 0; testIndex < testList.size(); testIndex++) {
      Test test = testList.get(testIndex);
      test(test, scope);
    }
  }

  private Binding bind(Node node, Signature spec, Arguments args, Span anchor, Scope scope) {
    Named what = Named.of(spec);
    List<String> missing = new ArrayList<>();
    List<String> capabilityList = spec.capabilities();
    for (int capabilityIndex = 0; capabilityIndex < capabilityList.size(); capabilityIndex++) {
      String capability = capabilityList.get(capabilityIndex);
      requires.credit(capability);
      if (!scope.available().contains(capability)) {
        missing.add(capability);
      }
    }
    if (!missing.isEmpty()) {
      sink.add(new ValidityProblem.CommandNeeds(anchor, what, missing));
    }
    Binding binding = Binder.bind(spec, args, scope.available(), anchor);
    if (scope.available() == top) {
      bound.put(node, binding);
    }
    List<Binding.Problem> problemList = binding.problems();
    for (int problemIndex = 0; problemIndex < problemList.size(); problemIndex++) {
      Binding.Problem problem = problemList.get(problemIndex);
      sink.add(new ValidityProblem.Unbound(problem));
    }
    arguments.check(binding, what, scope.available());
    return binding;
  }

  /**
   * Reports {@code name}, written at {@code where}, that is no command ({@code asCommand}) or no
   * test; {@code text} is the command's head or the whole test, which no rule can read.
   */
  private void unknown(String name, Span where, Span text, Scope scope, boolean asCommand) {
    if (asCommand && language.isTest(name)) {
      sink.add(new ValidityProblem.TestAsCommand(where, name, text));
      return;
    }
    if (!asCommand && language.isCommand(name)) {
      sink.add(new ValidityProblem.CommandAsTest(where, name, text));
      return;
    }
    if (scope.ihaveUnknown()) {
      return; // RFC 5463 section 4: an extension tested with ihave may define it.
    }
    if (asCommand) {
      String hint = Names.closest(name, language.commandNames());
      sink.add(new ValidityProblem.UndefinedCommand(where, name, hint, text));
    } else {
      String hint = Names.closest(name, language.testNames());
      sink.add(new ValidityProblem.UndefinedTest(where, name, hint, text));
    }
  }

  /**
   * Adds the capabilities named by the ihave tests of {@code condition} (RFC 5463 section 4), not
   * looking under a {@code not}. Recursion is bounded by the parser's nesting limit.
   */
  private static void ihaveCapabilities(Test condition, List<Argument.StringValue> out) {
    if (condition.is("ihave")) {
      List<Argument> valueList = condition.arguments().values();
      for (int valueIndex = 0; valueIndex < valueList.size(); valueIndex++) {
        Argument value = valueList.get(valueIndex);
        out.addAll(Argument.strings(value));
      }
    }
    if (!condition.is("not")) {
      List<Test> innerList = condition.arguments().tests();
      for (int innerIndex = 0; innerIndex < innerList.size(); innerIndex++) {
        Test inner = innerList.get(innerIndex);
        ihaveCapabilities(inner, out);
      }
    }
  }

  /**
   * Adds {@code notify-method:SCHEME} for each notification method a {@code valid_notify_method} or
   * {@code notify_method_capability} test of {@code condition} checks (RFC 5435 sections 4 and 5):
   * inside the block, a notify with that method runs only where the server supports it.
   */
  private static void notifyGuards(Test condition, Set<String> out) {
    if (condition.is("valid_notify_method") || condition.is("notify_method_capability")) {
      List<Argument> values = condition.arguments().values();
      if (!values.isEmpty()) {
        for (Argument.StringValue uri : Argument.strings(values.get(0))) {
          out.add(ArgumentChecks.NOTIFY_GUARD + ArgumentChecks.scheme(uri.value()));
        }
      }
    }
    if (!condition.is("not")) {
      for (Test inner : condition.arguments().tests()) {
        notifyGuards(inner, out);
      }
    }
  }

  private static String text(@Nullable Argument argument) {
    return argument instanceof Argument.StringValue s ? s.value() : "";
  }
}
