package io.github.sievelint.condition;

import io.github.sievelint.ast.Test;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one test says about a message, whatever path it is on: which facets of the message classes
 * it catches (true for every message of the facet) and clears (true only outside it), from {@link
 * GuardForms}; whether it reads only the message itself; whether it reads a loop marker; and which
 * recipient addresses an {@code :is} test on a recipient field names.
 *
 * @param key the {@link TestKey} of the test
 * @param catches the facets the test is true for, with how fully
 * @param clears the facets the test being true rules out, with how fully
 * @param intrinsic whether the test reads only the message (headers, size, body, date), which
 *     survives a redirect: the same test in two accounts' scripts speaks of one message
 * @param loopMarker whether the test reads a loop marker (X-Loop, Delivered-To, ...) or is {@code
 *     duplicate}: a path where it is false stops a loop
 * @param recipients the addresses (lower case) an {@code :is} test on a recipient field compares
 *     with; empty for any other test
 */
public record TestFacts(
    String key,
    Map<Facet, Grade> catches,
    Map<Facet, Grade> clears,
    boolean intrinsic,
    boolean loopMarker,
    List<String> recipients) {

  private static final Set<String> INTRINSIC =
      Set.of("header", "exists", "address", "size", "body", "date", "hasmime", "mime");
  private static final Set<String> LOOP_HEADERS =
      Set.of("x-loop", "delivered-to", "x-sieve-redirected-from", "x-original-to", "resent-to");
  private static final Set<String> RECIPIENT_FIELDS =
      Set.of("to", "cc", "delivered-to", "x-original-to", "envelope-to", "x-delivered-to");

  public TestFacts {
    // catches and clears come from GuardForms, unmodifiable and shared between tests.
    recipients = List.copyOf(recipients);
  }

  /** The facts of {@code test}. */
  public static TestFacts of(Test test) {
    String written = TestKey.written(test);
    String key = TestKey.of(test, written);
    GuardForms.Forms forms = GuardForms.forms(test, written);
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
    return new TestFacts(
        key,
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
