package io.github.sievelint.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.fuzz.ScriptGenerator.Deep;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.report.Formats;
import io.github.sievelint.report.ReportChecks;
import io.github.sievelint.report.ReportInput;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.run.CheckRun;
import io.github.sievelint.run.Layers;
import io.github.sievelint.run.Linted;
import io.github.sievelint.run.RunOptions;
import io.github.sievelint.run.ScriptFinder;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jspecify.annotations.Nullable;

/**
 * Properties over the scripts of {@link ScriptGenerator}: Sieve-shaped input, which reaches much
 * deeper into the analysis than the random bytes of {@link FuzzTest}. Whatever the script, linting
 * throws nothing and reports no internal error, every finding lies inside the file, each file takes
 * at most {@link #LIMIT}, every report format parses, the reports for the terminal hold no control
 * characters, and {@code --jobs} does not change the report. The deep shapes run on a thread with
 * the stack the tool's own threads may have, 512 KiB.
 *
 * <p>Tries: {@link ShortRun} counts, small enough for {@code mvn verify} and scaled up by the fuzz
 * profile; the deep shapes have a fixed count, as a try can be 100,000 levels deep. Every property
 * found bugs when it was written (a stack overflow from nested not and from long dotted variable
 * names, exponential time in nested foreverypart, raw escape characters in reports); all pass now.
 */
class GrammarFuzzTest {

  private static final RuleRegistry REGISTRY = BuiltinRules.registry();

  private static final Linter LINTER = new Linter(REGISTRY, LintSettings.DEFAULTS);

  /** How long one file may take. */
  private static final Duration LIMIT = Duration.ofSeconds(2);

  /**
   * How long a lint may take in the properties that are not about time, before the try is left to
   * {@link #eachFileIsAnalysedInTime}: a lint that takes exponential time must not hang the run.
   */
  private static final Duration PATIENCE = Duration.ofSeconds(3);

  /** How long one of the deep shapes may take: 100,000 levels of it. */
  private static final Duration DEEP_LIMIT = Duration.ofSeconds(10);

  /** The stack of the threads the tool may lint on. */
  private static final long TOOL_STACK = 512 * 1024;

  /** Tries of the deep shapes, in the short and the long run alike. */
  private static final int DEEP_TRIES = 80;

  private static final Path SARIF_ROOT = Path.of("/work/fuzz root");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The first lint loads every rule's classes: not what {@link #LIMIT} is about. */
  @BeforeContainer
  static void warmUp() {
    LINTER.lint(
        SourceFile.of(
            "warm-up.sieve",
            """
            require ["vacation", "variables"];
            if header :matches "subject" "*" { set "s" "${1}"; vacation "x"; }
            """));
  }

  @Provide
  Arbitrary<byte[]> scripts() {
    return ScriptGenerator.scripts();
  }

  @Provide
  Arbitrary<List<byte[]>> scriptSets() {
    return ScriptGenerator.scripts().list().ofMinSize(2).ofMaxSize(5);
  }

  @Provide
  Arbitrary<Integer> depths() {
    return ScriptGenerator.depths();
  }

  // ------------------------------------------------------------------- scripts of random shape

  @Property
  @ShortRun(100)
  void lintingThrowsNothingAndReportsNoInternalError(@ForAll("scripts") byte[] script)
      throws InterruptedException {
    assertNoInternalError(lint(decode(script)));
  }

  @Property
  @ShortRun(100)
  void everyFindingLiesInsideTheFile(@ForAll("scripts") byte[] script) throws InterruptedException {
    SourceFile source = decode(script);
    assertInside(source, lint(source));
  }

  @Property
  @ShortRun(50)
  void eachFileIsAnalysedInTime(@ForAll("scripts") byte[] script) throws InterruptedException {
    SourceFile source = decode(script);
    onThread(() -> LINTER.lint(source), LIMIT, 0);
  }

  @Property
  @ShortRun(30)
  void everyReportFormatParses(@ForAll("scripts") byte[] script) throws Exception {
    ReportInput input = report(decode(script));
    JSON.readTree(render("json", input));
    assertThat(JSON.readTree(render("gitlab", input)).isArray()).as("GitLab: an array").isTrue();
    String sarif = render("sarif", input);
    JSON.readTree(sarif);
    ReportChecks.assertValidSarif(sarif);
    ReportChecks.parseXml(render("checkstyle", input));
    ReportChecks.parseXml(render("junit", input));
  }

  @Property
  @ShortRun(50)
  void terminalReportsHoldNoControlCharacters(@ForAll("scripts") byte[] script) throws Exception {
    ReportInput input = report(decode(script));
    for (String format : List.of("text", "concise", "github")) {
      assertNoControlCharacters(format, render(format, input));
    }
  }

  @Property
  @ShortRun(4)
  void jobsDoNotChangeTheReport(@ForAll("scriptSets") List<byte[]> scripts) throws Exception {
    Path dir = Files.createTempDirectory("grammar-fuzz");
    try {
      for (int i = 0; i < scripts.size(); i++) {
        Path file = dir.resolve("d" + (i % 2)).resolve("s" + i + ".sieve");
        Files.createDirectories(dir.resolve("d" + (i % 2)));
        Files.write(file, scripts.get(i));
      }
      String one = jsonReport(dir, 1);
      assertThat(jsonReport(dir, 2)).as("the JSON report with --jobs 2").isEqualTo(one);
    } finally {
      deleteTree(dir);
    }
  }

  // ------------------------------------------------------------- deep shapes, on a 512 KiB stack

  @Property(tries = DEEP_TRIES)
  void deepShapesLintOnAToolStack(
      @ForAll Deep kind, @ForAll("depths") int depth, @ForAll boolean cut)
      throws InterruptedException {
    checkDeep(kind, depth, cut);
  }

  /** Lints the deep shape on a 512 KiB stack within {@link #DEEP_LIMIT}, and checks the result. */
  private static void checkDeep(Deep kind, int depth, boolean cut) throws InterruptedException {
    SourceFile source = SourceFile.of("deep.sieve", ScriptGenerator.deep(kind, depth, cut));
    List<Diagnostic> found = onThread(() -> LINTER.lint(source), DEEP_LIMIT, TOOL_STACK);
    assertNoInternalError(found);
    assertInside(source, found);
  }

  /** {@code source} linted, or the try rejected when that takes more than {@link #PATIENCE}. */
  private static List<Diagnostic> lint(SourceFile source) throws InterruptedException {
    try {
      return onThread(() -> LINTER.lint(source), PATIENCE, 0);
    } catch (TooSlow e) {
      Assume.that(false);
      throw e;
    }
  }

  /** A lint that took longer than it may. */
  static final class TooSlow extends AssertionError {
    private static final long serialVersionUID = 1L;

    TooSlow(Duration limit) {
      super("linting took more than " + limit);
    }
  }

  /**
   * The result of {@code work} run on a thread of its own with a stack of {@code stackSize} bytes
   * (0: the JVM's default); what it throws fails the property, and taking longer than {@code limit}
   * throws {@link TooSlow}.
   */
  static <T> T onThread(Callable<T> work, Duration limit, long stackSize)
      throws InterruptedException {
    AtomicReference<@Nullable T> result = new AtomicReference<>();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
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
            "fuzz",
            stackSize);
    // A runaway lint must not keep the test JVM alive.
    thread.setDaemon(true);
    thread.start();
    thread.join(limit.toMillis());
    if (thread.isAlive()) {
      stop(thread);
      throw new TooSlow(limit);
    }
    Throwable thrown = failure.get();
    if (thrown != null) {
      // As an assertion, so that jqwik shrinks a StackOverflowError as it shrinks a failure.
      throw new AssertionError("linting threw " + thrown, thrown);
    }
    T value = result.get();
    if (value == null) {
      throw new AssertionError("linting returned null");
    }
    return value;
  }

  /**
   * Stops a lint that overran: the linter does not look at interruption, and a lint that takes
   * exponential time would otherwise keep a core busy for the rest of the run (each shrinking step
   * leaving one more). Thread.stop still works on Java 17; where it no longer does, the thread is a
   * daemon and is left to run.
   */
  @SuppressWarnings("deprecation")
  private static void stop(Thread thread) throws InterruptedException {
    thread.interrupt();
    try {
      thread.stop();
    } catch (UnsupportedOperationException e) {
      return;
    }
    thread.join(1_000);
  }

  // ------------------------------------------------------------------------------ the checks

  private static SourceFile decode(byte[] script) {
    return SourceFile.decode("fuzz.sieve", script);
  }

  private static void assertNoInternalError(List<Diagnostic> found) {
    for (Diagnostic d : found) {
      assertThat(d.ruleId())
          .as("an internal error: %s", d.message())
          .isNotEqualTo("internal-error");
    }
  }

  /** Every span of {@code found} lies inside {@code source}, with its lines and columns. */
  private static void assertInside(SourceFile source, List<Diagnostic> found) {
    for (Diagnostic d : found) {
      assertThat(d.path()).as("the file of %s", d).isEqualTo(source.path());
      assertInside(source, d.span(), d);
      for (Related r : d.related()) {
        if (r.path().equals(source.path())) {
          assertInside(source, r.span(), d);
        }
      }
    }
  }

  private static void assertInside(SourceFile source, Span span, Diagnostic d) {
    int length = source.text().length();
    assertThat(span.start()).as("the start of %s", d).isBetween(0, length);
    assertThat(span.end()).as("the end of %s", d).isBetween(span.start(), length);
    assertThat(span)
        .as("the lines and columns of %s", d)
        .isEqualTo(source.span(span.start(), span.end()));
  }

  private static void assertNoControlCharacters(String format, String out) {
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        String around = out.substring(Math.max(0, i - 40), Math.min(out.length(), i + 40));
        throw new AssertionError(
            String.format(
                "the %s report holds U+%04X at %d: %s",
                format,
                (int) c,
                i,
                BytesReportingFormat.show(around.getBytes(StandardCharsets.UTF_8))));
      }
    }
  }

  private static ReportInput report(SourceFile source) throws InterruptedException {
    return new ReportInput(lint(source), Map.of(source.path(), source), REGISTRY, "0.0.0-fuzz", 1);
  }

  private static String render(String format, ReportInput input) throws IOException {
    StringBuilder out = new StringBuilder();
    Formats.writer(format, false, SARIF_ROOT).orElseThrow().write(input, out);
    return out.toString();
  }

  /** The JSON report of a run over {@code dir} with {@code --jobs jobs} and no configuration. */
  private static String jsonReport(Path dir, int jobs) throws Exception {
    Layers layers =
        Layers.open(new ConfigLoader(REGISTRY, dir), dir, true, null, ConfigValues.EMPTY);
    RunOptions options =
        new RunOptions(
            "json", null, Map.of(), "warning", false, null, "never", false, false, jobs, true);
    CheckRun run = new CheckRun(dir, REGISTRY, layers, options, "0.0.0-fuzz");
    Linted linted = run.lintFiles(List.of(dir), ScriptFinder.Selection.DEFAULT);
    assertThat(linted.errors()).as("errors of the run").isEmpty();
    StringBuilder out = new StringBuilder();
    run.write(run.writer("json", false), run.applyBaseline(linted).report(), out);
    JsonNode parsed = JSON.readTree(out.toString());
    assertThat(parsed.get("filesChecked").asInt()).isPositive();
    return out.toString();
  }

  private static void deleteTree(Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path p : paths) {
      Files.deleteIfExists(p);
    }
  }
}
