package io.github.sievelint.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.report.Formats;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.report.ReportWriter;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.SourceText;
import io.github.sievelint.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recursive construct of the grammar, 100,000 deep, and at the deepest nesting sievelint
 * still analyses: linting, the repository pass and every report writer finish on a thread with a
 * 512 KiB stack (half the JVM's default for new threads, and what Maven's or an IDE's threads may
 * have), with no internal error. Found by reading the grammar (SieveParser.g4): a block holds
 * commands, a command or test holds a test or a test list, a test list holds tests; string lists
 * and parentheses do not nest in Sieve, but broken input nests them anyway.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DepthLimitsTest {

  /** The stack the analysis must fit in. */
  static final long STACK = 512 * 1024;

  static final int DEEP = 100_000;

  /** A construct, by how many times its recursive part repeats. */
  record Construct(String name, IntFunction<String> script) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * How many of a construct that is long rather than deep (a branch or a test per repetition, each
   * with findings) the test repeats: 10,000, which shows the time is linear (ActionPaths was cubic
   * before) without spending seconds of every build on 100,000.
   */
  static int wide(int n) {
    return Math.min(n, 10_000);
  }

  static String times(String text, int n) {
    return text.repeat(n);
  }

  static Stream<Construct> constructs() {
    String responder =
        """
        require ["vacation", "variables", "regex", "include"];
        if header :contains "subject" "x" { vacation "away"; }
        """;
    return Stream.of(
        new Construct(
            "not chain", n -> responder + "if " + times("not ", n) + "true { vacation \"a\"; }\n"),
        new Construct(
            "nested anyof",
            n -> responder + "if " + times("anyof(", n) + "true" + times(")", n) + " { keep; }\n"),
        new Construct(
            "nested allof with siblings",
            n ->
                responder
                    + "if "
                    + times("allof(exists \"x\", ", n)
                    + "true"
                    + times(")", n)
                    + " { redirect \"a@example.org\"; }\n"),
        new Construct(
            "nested not and anyof",
            n -> responder + "if " + times("not anyof(", n) + "false" + times(")", n) + " {}\n"),
        new Construct(
            "nested blocks",
            n ->
                responder
                    + times("if header :is \"x\" \"y\" { ", n)
                    + "vacation \"deep\";"
                    + times(" }", n)
                    + "\n"),
        new Construct(
            "nested blocks with a syntax error inside",
            n -> responder + times("if true { ", n) + "keep" + times(" }", n) + "\n"),
        new Construct("commands without semicolons", n -> responder + times("keep ", n) + ";\n"),
        new Construct(
            "nested string lists", n -> responder + "keep " + times("[", n) + "\"a\"" + "\n"),
        new Construct("nested parentheses", n -> responder + "if " + times("(", n) + "true {}\n"),
        new Construct(
            "unbalanced braces", n -> responder + times("{", n) + times("}", n / 2) + "\n"),
        new Construct(
            "nested variable references",
            n -> responder + "set \"a\" \"" + times("${", n) + "b" + times("}", n) + "\";\n"),
        new Construct(
            "long dotted variable name",
            n -> responder + "set \"a\" \"${" + times("a.", n) + "b}\";\n"),
        new Construct(
            "many modifiers", n -> responder + "set " + times(":lower ", n) + "\"a\" \"b\";\n"),
        new Construct(
            "nested regex groups",
            n ->
                responder
                    + "if header :regex \"auto-submitted\" \""
                    + times("(", n)
                    + "a"
                    + times(")", n)
                    + "\" { stop; }\nvacation \"b\";\n"),
        new Construct(
            "nested regex quantifiers",
            n ->
                responder
                    + "if header :regex \"auto-submitted\" \""
                    + times("(a*)*", Math.min(n, 5000))
                    + "b\" { stop; }\nvacation \"b\";\n"),
        new Construct(
            "long matches pattern",
            n ->
                responder
                    + "if header :matches \"auto-submitted\" \""
                    + times("*?", n)
                    + "x\" { stop; }\nvacation \"b\";\n"),
        new Construct(
            "long elsif chain",
            n ->
                responder
                    + "if false {}"
                    + times(" elsif header :is \"x\" \"y\" { vacation \"v\"; }", wide(n))
                    + "\n"),
        new Construct(
            "wide test list",
            n ->
                responder + "if anyof(" + times("true, ", wide(n)) + "true) { vacation \"w\"; }\n"),
        new Construct(
            "long string list",
            n -> responder + "if header :is \"x\" [" + times("\"a\", ", n) + "\"b\"] {}\n"),
        new Construct(
            "long multi-line string",
            n -> responder + "vacation text:\n" + times("a\n", n) + ".\n;\n"),
        new Construct(
            "nested include names",
            n -> responder + "include \"" + times("../", n) + "etc/passwd\";\n"));
  }

  /** Runs {@code work} on a thread with a {@link #STACK} stack; rethrows what it threw. */
  static <T> T onSmallStack(java.util.concurrent.Callable<T> work) throws Throwable {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(work.call());
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "small-stack",
            STACK);
    thread.setDaemon(true);
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw failure.get();
    }
    return java.util.Objects.requireNonNull(result.get());
  }

  private static final Linter LINTER = new Linter(BuiltinRules.registry(), LintSettings.DEFAULTS);

  private static List<Diagnostic> lintAndReport(String name, String text) throws Throwable {
    return onSmallStack(
        () -> {
          SourceFile source = SourceFile.of(name, text);
          List<Diagnostic> found = LINTER.lint(source);
          writeEveryReport(found, Map.of(name, source));
          return found;
        });
  }

  static void writeEveryReport(List<Diagnostic> found, Map<String, ? extends SourceText> sources)
      throws java.io.IOException {
    ReportInput input =
        new ReportInput(found, Map.copyOf(sources), BuiltinRules.registry(), "test", 1);
    for (String format : Formats.NAMES) {
      ReportWriter writer = Formats.writer(format, true, Path.of("/")).orElseThrow();
      StringBuilder out = new StringBuilder();
      writer.write(input, out);
      if (!found.isEmpty()) {
        // Without findings some formats rightly write nothing: a script with a syntax error gets
        // none from the guard rules, which need the whole script.
        assertThat(out).as(format).isNotEmpty();
      }
    }
  }

  private static List<String> ids(List<Diagnostic> found) {
    List<String> ids = new ArrayList<>();
    found.forEach(d -> ids.add(d.ruleId()));
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void hundredThousandDeepIsContainedOnASmallStack(Construct construct) throws Throwable {
    List<Diagnostic> found = lintAndReport("deep.sieve", construct.script().apply(DEEP));
    assertThat(ids(found)).doesNotContain("internal-error");
    for (Diagnostic d : found) {
      assertThat(d.span().end()).isLessThanOrEqualTo(construct.script().apply(DEEP).length());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructs")
  void deepestAnalysedNestingFitsASmallStack(Construct construct, @TempDir Path root)
      throws Throwable {
    // The largest repetition that the parser still analyses, found from above.
    int n = ScriptParser.MAX_NESTING + 2;
    String text = construct.script().apply(n);
    while (n > 0
        && ids(LINTER.lint(SourceFile.of("probe.sieve", text))).contains("limit-exceeded")) {
      n--;
      text = construct.script().apply(n);
    }
    assertThat(n).as("some depth is analysed").isPositive();
    List<Diagnostic> alone = lintAndReport("deepest.sieve", text);
    assertThat(ids(alone)).doesNotContain("internal-error", "limit-exceeded");

    // The same script as an account's, with a global script before it: the effective script's
    // flow, the guard rules on it, the forwarding walk and the repository rules.
    TestFiles.write(
        root,
        "sievelint.yaml",
        """
        version: 1
        domains: [example.com]
        global:
          before: [global/before.sieve]
        accounts:
          alice@example.com: {script: users/alice.sieve}
          bob@example.com: {script: users/bob.sieve}
        """);
    TestFiles.write(root, "global/before.sieve", text);
    TestFiles.write(root, "users/alice.sieve", text);
    TestFiles.write(root, "users/bob.sieve", "redirect \"alice@example.com\";\n");
    RepositoryLinter.Result result =
        onSmallStack(
            () ->
                new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS)
                    .lint(root, p -> root.relativize(p).toString()));
    assertThat(ids(result.diagnostics())).doesNotContain("internal-error");
    onSmallStack(
        () -> {
          writeEveryReport(result.diagnostics(), result.sources());
          return true;
        });
  }
}
