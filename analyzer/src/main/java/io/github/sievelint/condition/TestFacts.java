package io.github.sievelint.condition;

import io.github.sievelint.ast.Test;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one test says about a message, whatever path it is on: its {@link TestKey}; which facets of
 * the message classes it catches (true for every message of the facet) and clears (true only
 * outside it), from {@link GuardForms}; whether it reads only the message itself; whether it reads
 * a loop marker; and which recipient addresses an {@code :is} test on a recipient field names.
 *
 * <p>The key is made at once: every literal needs it. The rest is made when first asked for, on the
 * thread of the flow that made the facts (a flow is analysed and read on one thread); most tests of
 * a script are never asked, and the flows of 100,000 accounts make millions of them. {@code
 * ScriptActions} asks before it hands literals to the graph's threads.
 */
public final class TestFacts {

  private static final Set<String> INTRINSIC =
      Set.of("header", "exists", "address", "size", "body", "date", "hasmime", "mime");
  private static final Set<String> LOOP_HEADERS =
      Set.of("x-loop", "delivered-to", "x-sieve-redirected-from", "x-original-to", "resent-to");

  /** The tests that can read a loop marker or a recipient field. */
  private static final Set<String> READS_FIELDS = Set.of("exists", "header", "address", "envelope");

  private static final Set<String> RECIPIENT_FIELDS =
      Set.of("to", "cc", "delivered-to", "x-original-to", "envelope-to", "x-delivered-to");

  private final Test test;
  private final String key;
  private @Nullable Details details;

  /** What is made on first use. */
  private record Details(
      Map<Facet, Grade> catches,
      Map<Facet, Grade> clears,
      boolean intrinsic,
      boolean loopMarker,
      List<String> recipients) {}

  private TestFacts(Test test, String key) {
    this.test = test;
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The facets the test is true for, with how fully. */
  public Map<Facet, Grade> catches() {
    return details().catches();
  }

  /** The facets the test being true rules out, with how fully. */
  public Map<Facet, Grade> clears() {
    return details().clears();
  }

  /**
   * Whether the test reads only the message (headers, size, body, date), which survives a redirect:
   * the same test in two accounts' scripts speaks of one message.
   */
  public boolean intrinsic() {
    return details().intrinsic();
  }

  /**
   * Whether the test reads a loop marker (X-Loop, Delivered-To, ...) or is {@code duplicate}: a
   * path where it is false stops a loop.
   */
  public boolean loopMarker() {
    return details().loopMarker();
  }

  /**
   * The addresses (lower case) an {@code :is} test on a recipient field compares with; empty for
   * any other test.
   */
  public List<String> recipients() {
    return details().recipients();
  }

  private Details details() {
    Details known = details;
    if (known == null) {
      known = compute();
      details = known;
    }
    return known;
  }

  /** The facts of {@code test}, its key made now and the rest when first asked for. */
  public static TestFacts of(Test test) {
    return new TestFacts(test, TestKey.of(test));
  }

  private Details compute() {
    GuardForms.Forms forms = GuardForms.forms(test, TestKey.written(test));
    if (!READS_FIELDS.contains(test.name())) {
      return new Details(
          forms.catches(),
          forms.clears(),
          INTRINSIC.contains(test.name()) && !key.contains("${"),
          test.is("duplicate"),
          List.of());
    }
    ArgumentShape shape = ArgumentShape.of(test.arguments());
    List<String> names = shape.lowerValues(0);
    boolean loopMarker =
        switch (test.name()) {
          case "exists" -> names.size() == 1 && LOOP_HEADERS.contains(names.get(0));
          case "header", "address" ->
              shape.positional().size() >= 2 && names.stream().anyMatch(LOOP_HEADERS::contains);
          case "duplicate" -> true;
          default -> false;
        };
    return new Details(
        forms.catches(),
        forms.clears(),
        INTRINSIC.contains(test.name()) && !key.contains("${"),
        loopMarker,
        recipients(test, shape, names));
  }

  private static List<String> recipients(Test test, ArgumentShape shape, List<String> names) {
    boolean plain = !shape.has("localpart") && !shape.has("domain");
    if (!plain || !shape.matchType().equals("is") || shape.positional().size() < 2) {
      return List.of();
    }
    boolean named =
        switch (test.name()) {
          case "header", "address" -> names.stream().anyMatch(RECIPIENT_FIELDS::contains);
          case "envelope" -> names.contains("to");
          default -> false;
        };
    if (!named) {
      return List.of();
    }
    return shape.values(1).stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
  }
}
