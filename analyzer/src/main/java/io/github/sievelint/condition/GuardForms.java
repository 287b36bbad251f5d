package io.github.sievelint.condition;

import io.github.sievelint.ast.Test;
import io.github.sievelint.ast.VariableRefs;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which facets a test catches (true for every message of the facet) and clears (true only for
 * messages outside it), exactly for the test forms docs/guards.md lists. Tests of any other form
 * catch and clear nothing: no guessing in favour of the script.
 */
public final class GuardForms {

  private GuardForms() {}

  private static final Set<String> AUTO_CONTAINS = Set.of("", "auto", "auto-");
  private static final Set<String> AUTO_MATCHES = Set.of("auto*", "auto-*", "*auto*", "*auto-*");
  private static final Set<String> AUTO_REGEX =
      Set.of("", ".*", "^", "^.*", "^auto", "^auto-", "auto", "auto-");

  /** Values of Auto-Submitted other than "no" (RFC 3834 section 5), with comments and params. */
  private static final List<String> AUTO_SAMPLES =
      List.of(
          "auto-replied",
          "auto-generated",
          "auto-notified",
          "auto-replied (vacation)",
          "Auto-Generated",
          "auto-notified; owner-email=\"list@example.com\"");

  private static final List<String> SAMPLE_DOMAINS = List.of("example.com", "Lists.Example.org");

  private static final Map<String, Facet> LIST_HEADERS =
      Map.of(
          "list-id", Facet.LIST_ID,
          "list-unsubscribe", Facet.LIST_UNSUBSCRIBE,
          "list-help", Facet.LIST_HELP,
          "list-post", Facet.LIST_POST,
          "list-subscribe", Facet.LIST_SUBSCRIBE,
          "list-owner", Facet.LIST_OWNER,
          "list-archive", Facet.LIST_ARCHIVE);

  /** What a test catches and clears. */
  record Forms(Map<Facet, Grade> catches, Map<Facet, Grade> clears) {
    static final Forms NONE = new Forms(Map.of(), Map.of());
  }

  /** The facets for which {@code test} is true on every message of the facet. */
  public static Map<Facet, Grade> catches(Test test) {
    return forms(test, TestKey.written(test)).catches();
  }

  /** The facets that {@code test} being true rules out. */
  public static Map<Facet, Grade> clears(Test test) {
    return forms(test, TestKey.written(test)).clears();
  }

  /**
   * What {@code test}, written as {@code written} ({@link TestKey#written}), catches and clears.
   * Every script, and every account's effective script, asks about the same few guard tests again
   * and again, so the answers are kept by the test as written (not folded: a partial grade's note
   * quotes the key); bounded like {@link #SYSTEM_SHAPES}.
   */
  static Forms forms(Test test, String written) {
    if (!FORMS_OF.contains(test.name())) {
      return Forms.NONE;
    }
    if (written.length() > MAX_KEY_CHARS) {
      return compute(test);
    }
    Forms found = FORMS.get(written);
    if (found == null) {
      found = compute(test);
      if (FORMS.size() < MAX_TEST_SHAPES) {
        FORMS.putIfAbsent(written, found);
      }
    }
    return found;
  }

  /** The tests a guard form can be written with. */
  private static final Set<String> FORMS_OF = Set.of("exists", "header", "address", "envelope");

  private static final ConcurrentHashMap<String, Forms> FORMS = new ConcurrentHashMap<>();

  private static final int MAX_TEST_SHAPES = 4096;

  /** Longest test shape memoised; longer ones are computed each time. */
  private static final int MAX_KEY_CHARS = 512;

  private static Forms compute(Test test) {
    Map<Facet, Grade> clears = test.is("header") || test.is("envelope") ? clearsOf(test) : Map.of();
    return new Forms(
        Collections.unmodifiableMap(catchesOf(test)), Collections.unmodifiableMap(clears));
  }

  private static Map<Facet, Grade> catchesOf(Test test) {
    Map<Facet, Grade> out = new EnumMap<>(Facet.class);
    ArgumentShape shape = ArgumentShape.of(test.arguments());
    switch (test.name()) {
      case "exists" -> {
        List<String> names = shape.lowerValues(0);
        // exists with several names is true only when all exist (RFC 5228 section 5.5).
        if (names.size() == 1) {
          existsCatches(names.get(0), out);
        }
      }
      case "header" -> headerCatches(shape, out);
      case "address" -> addressCatches(shape, out);
      case "envelope" -> envelopeCatches(shape, out);
      default -> {
        // Not a form docs/guards.md lists.
      }
    }
    return out;
  }

  private static Map<Facet, Grade> clearsOf(Test test) {
    Map<Facet, Grade> out = new EnumMap<>(Facet.class);
    ArgumentShape shape = ArgumentShape.of(test.arguments());
    if (!understood(shape) || constantKeys(shape.values(1)).size() != shape.values(1).size()) {
      return out;
    }
    List<String> names = shape.lowerValues(0);
    List<String> keys = shape.values(1);
    if (keys.isEmpty() || names.size() != 1) {
      return out;
    }
    String match = shape.matchType();
    if (test.is("header") && names.get(0).equals("auto-submitted")) {
      // Only true when the value is exactly "no": the message is not auto-submitted.
      boolean onlyNo =
          (match.equals("is") || match.equals("matches"))
              && keys.stream().allMatch(k -> k.equalsIgnoreCase("no"));
      if (onlyNo) {
        out.put(Facet.AUTO, Grade.FULL);
      }
    }
    if (test.is("envelope") && names.get(0).equals("from")) {
      // The null reverse-path is matched as "" whatever the address part (RFC 5228 section 5.4).
      boolean emptyMatches =
          keys.stream().anyMatch(k -> StringMatch.matches(match, shape.comparator(), k, ""));
      if (!emptyMatches) {
        out.put(Facet.NULL_SENDER, Grade.FULL);
      }
    }
    return out;
  }

  private static void existsCatches(String name, Map<Facet, Grade> out) {
    if (name.equals("auto-submitted")) {
      out.put(Facet.AUTO, Grade.FULL);
    }
    Facet list = LIST_HEADERS.get(name);
    if (list != null) {
      out.put(list, Grade.FULL);
    }
    if (name.equals("precedence")) {
      out.put(Facet.PRECEDENCE_BULK, Grade.FULL);
      out.put(Facet.PRECEDENCE_LIST, Grade.FULL);
      out.put(Facet.PRECEDENCE_JUNK, Grade.FULL);
    }
  }

  private static void headerCatches(ArgumentShape shape, Map<Facet, Grade> out) {
    if (!understood(shape)) {
      return;
    }
    String match = shape.matchType();
    String comparator = shape.comparator();
    List<String> keys = constantKeys(shape.values(1));
    // A header test with several names is true if any matches: it catches what each name catches.
    for (String name : shape.lowerValues(0)) {
      if (name.equals("auto-submitted")) {
        autoCatches(match, comparator, keys, out);
      }
      Facet list = LIST_HEADERS.get(name);
      if (list != null && keys.stream().anyMatch(k -> matchesAnything(match, k))) {
        out.put(list, Grade.FULL);
      }
      if (name.equals("precedence")) {
        precedenceCatches(match, comparator, keys, out);
      }
      if (name.equals("return-path")
          && keys.stream().anyMatch(k -> StringMatch.matches(match, comparator, k, "<>"))) {
        out.put(Facet.NULL_SENDER, Grade.FULL);
      }
      if (name.equals("from") || name.equals("sender")) {
        systemCatches(match, comparator, "all", keys, true, out);
      }
    }
  }

  private static void addressCatches(ArgumentShape shape, Map<Facet, Grade> out) {
    if (!understood(shape)) {
      return;
    }
    List<String> names = shape.lowerValues(0);
    if (names.contains("from") || names.contains("sender")) {
      systemCatches(
          shape.matchType(),
          shape.comparator(),
          shape.addressPart(),
          constantKeys(shape.values(1)),
          true,
          out);
    }
  }

  private static void envelopeCatches(ArgumentShape shape, Map<Facet, Grade> out) {
    if (!understood(shape) || !shape.lowerValues(0).contains("from")) {
      return;
    }
    String match = shape.matchType();
    String comparator = shape.comparator();
    List<String> keys = constantKeys(shape.values(1));
    if (keys.stream().anyMatch(k -> StringMatch.matches(match, comparator, k, ""))) {
      out.put(Facet.NULL_SENDER, Grade.FULL);
    }
    systemCatches(match, comparator, shape.addressPart(), keys, false, out);
  }

  private static void autoCatches(
      String match, String comparator, List<String> keys, Map<Facet, Grade> out) {
    boolean octet = comparator.equals("i;octet");
    for (String key : keys) {
      String k = octet ? key : key.toLowerCase(Locale.ROOT);
      boolean listed =
          switch (match) {
            case "contains" -> AUTO_CONTAINS.contains(k);
            case "matches" -> AUTO_MATCHES.contains(k) || matchesAnything(match, k);
            case "regex" -> AUTO_REGEX.contains(k);
            default -> false;
          };
      if (listed) {
        boolean caseMatters = octet && k.chars().anyMatch(Character::isLetter);
        out.put(
            Facet.AUTO,
            Grade.best(
                out.get(Facet.AUTO),
                caseMatters
                    ? Grade.partial("the i;octet comparator makes it case-sensitive")
                    : Grade.FULL));
      }
    }
    if (!out.containsKey(Facet.AUTO)) {
      for (String key : keys) {
        if (AUTO_SAMPLES.stream().anyMatch(v -> StringMatch.matches(match, comparator, key, v))) {
          out.put(
              Facet.AUTO,
              Grade.partial(
                  "\"" + key + "\" misses other Auto-Submitted values and values with comments"));
          break;
        }
      }
    }
  }

  private static void precedenceCatches(
      String match, String comparator, List<String> keys, Map<Facet, Grade> out) {
    for (Facet facet : Facet.of(io.github.sievelint.spec.MessageClass.BULK)) {
      String value = facet.label();
      boolean lower = keys.stream().anyMatch(k -> StringMatch.matches(match, comparator, k, value));
      if (!lower) {
        continue;
      }
      String upper = value.toUpperCase(Locale.ROOT);
      boolean anyCase =
          keys.stream().anyMatch(k -> StringMatch.matches(match, comparator, k, upper));
      out.put(
          facet,
          anyCase ? Grade.FULL : Grade.partial("the i;octet comparator makes it case-sensitive"));
    }
  }

  /** What {@link #systemCatches} found for one test shape. */
  private record SystemShape(
      String match, String comparator, String part, List<String> keys, boolean headerOnly) {}

  /**
   * Matching every sample sender against a test's keys is the costly part of reading a guard, and
   * the same few guard shapes recur in script after script, so their results are kept. Bounded:
   * past the cap (scripts full of distinct addresses) shapes are computed each time.
   */
  private static final ConcurrentHashMap<SystemShape, Map<Facet, Grade>> SYSTEM_SHAPES =
      new ConcurrentHashMap<>();

  private static final int MAX_SYSTEM_SHAPES = 4096;

  private static void systemCatches(
      String match,
      String comparator,
      String part,
      List<String> keys,
      boolean headerOnly,
      Map<Facet, Grade> out) {
    SystemShape shape = new SystemShape(match, comparator, part, List.copyOf(keys), headerOnly);
    Map<Facet, Grade> found = SYSTEM_SHAPES.get(shape);
    if (found == null) {
      Map<Facet, Grade> computed = new EnumMap<>(Facet.class);
      systemCatchesUncached(match, comparator, part, keys, headerOnly, computed);
      found = Collections.unmodifiableMap(computed);
      if (SYSTEM_SHAPES.size() < MAX_SYSTEM_SHAPES) {
        SYSTEM_SHAPES.putIfAbsent(shape, found);
      }
    }
    found.forEach((facet, grade) -> out.put(facet, Grade.best(out.get(facet), grade)));
  }

  private static void systemCatchesUncached(
      String match,
      String comparator,
      String part,
      List<String> keys,
      boolean headerOnly,
      Map<Facet, Grade> out) {
    for (Facet facet : Facet.of(io.github.sievelint.spec.MessageClass.SYSTEM)) {
      int matched = 0;
      int total = 0;
      for (String local : facet.samples()) {
        for (String domain : SAMPLE_DOMAINS) {
          String value = addressPart(part, local, domain);
          total++;
          if (value != null
              && keys.stream().anyMatch(k -> StringMatch.matches(match, comparator, k, value))) {
            matched++;
          }
        }
      }
      if (matched == 0) {
        continue;
      }
      Grade grade;
      if (headerOnly) {
        grade =
            Grade.partial(
                "a header test on From/Sender misses the envelope sender a reply goes to");
      } else if (matched < total) {
        grade = Grade.partial("it matches only some " + facet.label() + " senders");
      } else {
        grade = Grade.FULL;
      }
      out.put(facet, Grade.best(out.get(facet), grade));
    }
  }

  private static @org.jspecify.annotations.Nullable String addressPart(
      String part, String local, String domain) {
    return switch (part) {
      case "all" -> local + "@" + domain;
      case "localpart", "user" -> local;
      case "domain" -> domain;
      default -> null;
    };
  }

  /** Whether {@code key} matches every value, the empty one included. */
  static boolean matchesAnything(String match, String key) {
    return switch (match) {
      case "contains" -> key.isEmpty();
      case "matches" -> !key.isEmpty() && key.chars().allMatch(c -> c == '*');
      case "regex" -> key.isEmpty() || key.equals(".*") || key.equals("^") || key.equals("^.*");
      default -> false;
    };
  }

  private static boolean understood(ArgumentShape shape) {
    return StringMatch.knownMatchType(shape.matchType())
        && StringMatch.knownComparator(shape.comparator())
        && !shape.has("mime")
        && !shape.has("index");
  }

  /** Keys whose value is known: those without a variable reference. */
  private static List<String> constantKeys(List<String> keys) {
    return keys.stream().filter(k -> VariableRefs.refs(k).isEmpty()).toList();
  }
}
