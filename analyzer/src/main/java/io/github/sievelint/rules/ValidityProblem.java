package io.github.sievelint.rules;

import io.github.sievelint.source.Span;
import io.github.sievelint.spec.Binding;
import io.github.sievelint.spec.Named;
import io.github.sievelint.spec.ServerProfile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the validity checks ({@link Validation}) find wrong with one script, as facts: each family
 * of records is reported, and worded, by one rule.
 */
sealed interface ValidityProblem {

  /** Where the finding points. */
  Span span();

  /**
   * The text that this problem shows other rules would misread, to be {@link
   * io.github.sievelint.lint.RuleContext#reject rejected}: the arguments of a command or test that
   * is not one, a test where none belongs. Null when the problem leaves the text readable.
   */
  default @Nullable Span misread() {
    return null;
  }

  /**
   * A name that names nothing of its kind where it stands; {@code text} is what it makes unreadable
   * (the head of a command, a whole test), whose arguments and tests mean nothing known.
   */
  sealed interface Unreadable extends ValidityProblem {
    /** The name as written. */
    String name();

    Span text();

    @Override
    default Span misread() {
      return text();
    }
  }

  /** A name where a command stands that no command has ({@link UnknownCommand}). */
  sealed interface NotACommand extends Unreadable {}

  /** A test where a command stands. */
  record TestAsCommand(Span span, String name, Span text) implements NotACommand {}

  /** A name no extension defines; {@code suggestion} is the closest command name, if any. */
  record UndefinedCommand(Span span, String name, @Nullable String suggestion, Span text)
      implements NotACommand {}

  /** A name where a test stands that no test has ({@link UnknownTest}). */
  sealed interface NotATest extends Unreadable {}

  /** A command where a test stands. */
  record CommandAsTest(Span span, String name, Span text) implements NotATest {}

  /** A name no extension defines; {@code suggestion} is the closest test name, if any. */
  record UndefinedTest(Span span, String name, @Nullable String suggestion, Span text)
      implements NotATest {}

  /** Something used without the require of its extension ({@link MissingRequire}). */
  sealed interface Unrequired extends ValidityProblem {}

  /** A command or test whose extensions ({@code missing}) no require names. */
  record CommandNeeds(Span span, Named what, List<String> missing) implements Unrequired {
    public CommandNeeds {
      missing = List.copyOf(missing);
    }
  }

  /** A tag of {@code what} whose extension no require names. */
  record TagNeeds(Span span, String tag, Named what, String capability) implements Unrequired {}

  /** A positional argument of {@code what} whose extension no require names. */
  record ArgumentNeeds(Span span, String argument, Named what, String capability)
      implements Unrequired {}

  /** An envelope part whose extension no require names. */
  record EnvelopePartNeeds(Span span, String part, String capability) implements Unrequired {}

  /** A required capability that needs others ({@code missing}) that no require names. */
  record CapabilityNeeds(Span span, String capability, List<String> missing) implements Unrequired {
    public CapabilityNeeds {
      missing = List.copyOf(missing);
    }
  }

  /** A capability in require that cannot be required ({@link UnknownCapability}). */
  sealed interface BadCapability extends ValidityProblem {}

  /**
   * The later of two capabilities that exclude each other; {@code obsolete} when {@code capability}
   * is the obsolete predecessor of {@code other}.
   */
  record ConflictingCapability(Span span, String capability, String other, boolean obsolete)
      implements BadCapability {}

  /** The name of a command that needs no extension. */
  record CommandRequired(Span span, String name) implements BadCapability {}

  /** A name no extension has; {@code suggestion} is the closest capability, if any. */
  record UndefinedCapability(Span span, String name, @Nullable String suggestion)
      implements BadCapability {}

  /** A capability that server {@code profile} lacks. */
  record UnsupportedCapability(Span span, String name, String profile) implements BadCapability {}

  /**
   * An argument, test or block that does not fit its command or test ({@link InvalidArguments}).
   */
  sealed interface BadArgument extends ValidityProblem {}

  /** What the binder found not to fit the signature, in its words. */
  record Unbound(Binding.Problem problem) implements BadArgument {
    @Override
    public Span span() {
      return problem.span();
    }
  }

  /** A command that takes a test with {@code found} tests. */
  record CommandTestCount(Span span, Named what, int found) implements BadArgument {}

  /**
   * A command that takes no test, given {@code test} (at {@code span}, which no rule should read as
   * a condition); {@code usage} is how it is used.
   */
  record UnexpectedTest(Span span, Named what, String test, String usage) implements BadArgument {
    @Override
    public Span misread() {
      return span;
    }
  }

  /** A command that needs a block without one ({@code needed}), or that takes none with one. */
  record WrongBlock(Span span, Named what, boolean needed) implements BadArgument {}

  /**
   * A test that takes no nested test, given {@code test} (at {@code span}, which no rule should
   * read as a condition); {@code usage} is how it is used.
   */
  record UnexpectedNestedTest(Span span, Named what, String test, String usage)
      implements BadArgument {
    @Override
    public Span misread() {
      return span;
    }
  }

  /** A test that takes one nested test (not) with {@code found} tests. */
  record NestedTestCount(Span span, Named what, int found) implements BadArgument {}

  /** A test that takes a test list (allof, anyof) without one. */
  record MissingTestList(Span span, Named what) implements BadArgument {}

  /** A notify option that is not name=value. */
  record MalformedOption(Span span, String option, Named what) implements BadArgument {}

  /** A header value that holds a NUL character. */
  record NulInHeaderValue(Span span, Named what) implements BadArgument {}

  /** An envelope part no extension defines. */
  record UndefinedEnvelopePart(Span span, String part) implements BadArgument {}

  /** A header of the address test that holds no addresses. */
  record NotAnAddressHeader(Span span, String header) implements BadArgument {}

  /** A notification method (URI scheme) that server {@code profile} lacks. */
  record UnsupportedNotifyMethod(Span span, String scheme, ServerProfile profile)
      implements BadArgument {}

  /** A program name that is not a plain file name. */
  record ProgramPath(Span span, String name, Named what) implements BadArgument {}

  /** An include name that no server accepts: empty, or with a control character. */
  record InvalidScriptName(Span span, String name) implements BadArgument {}

  /** A number above 2^64 - 1, as written. */
  record NumberTooLarge(Span span, String raw) implements BadArgument {}

  /** An encoded character {@code ${unicode:hex}} that is no Unicode character. */
  record NotUnicode(Span span, String hex) implements BadArgument {}

  /** A command where the language does not allow it ({@link MisplacedCommand}). */
  sealed interface Misplaced extends ValidityProblem {}

  /** A foreverypart nested {@code depth} loops deep, more than {@code limit}. */
  record LoopTooDeep(Span span, int depth, int limit) implements Misplaced {}

  /** A require after another command. */
  record LateRequire(Span span) implements Misplaced {}

  /** An elsif or else that follows no if or elsif. */
  record NoIf(Span span, String command) implements Misplaced {}

  /** A global declaration of {@code variable} after a set of it. */
  record LateGlobal(Span span, String variable) implements Misplaced {}

  /**
   * A break, continue or extracttext outside every loop it needs, {@code loop} naming that loop for
   * messages: {@code foreverypart loop (RFC 5703 sections 3.2 and 7)}.
   */
  record OutsideLoop(Span span, String command, String loop) implements Misplaced {}

  /** A break :name that names no enclosing foreverypart. */
  record UnknownLoop(Span span, String name) implements Misplaced {}

  /** A comparator that cannot be used ({@link InvalidComparator}). */
  sealed interface BadComparator extends ValidityProblem {}

  /** A comparator of {@code what} built from variables. */
  record VariableComparator(Span span, Named what) implements BadComparator {}

  /** A comparator name no extension defines. */
  record UndefinedComparator(Span span, String name) implements BadComparator {}

  /** A comparator whose {@code capability} no require names. */
  record UnrequiredComparator(Span span, String name, String capability) implements BadComparator {}

  /** A comparator that cannot do the {@code matchType} matching of {@code what}. */
  record ComparatorCannotMatch(Span span, String name, String matchType, Named what)
      implements BadComparator {}

  /** A required capability nothing uses ({@link UnusedRequire}); {@code name} as written. */
  record UnusedCapability(Span span, String name) implements ValidityProblem {}

  /**
   * A capability an earlier require (on {@code firstLine}) already names ({@link
   * DuplicateRequire}); {@code name} as written here.
   */
  record RequiredTwice(Span span, String name, int firstLine) implements ValidityProblem {}
}
