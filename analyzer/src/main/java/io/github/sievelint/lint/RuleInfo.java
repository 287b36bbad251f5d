package io.github.sievelint.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A rule's metadata: the one place its id, default severity, category and summary live. The page
 * {@code rules/<id>.md} next to the rule class holds the long explanation.
 *
 * <p>{@code needsWholeScript} marks a rule whose conclusion rests on the whole script: on what it
 * does not contain (a use of a capability, a require, an assignment, a guard) or on the paths
 * through it. Such a conclusion is sound only on a tree that holds the script as written, so the
 * linter does not run the rule on a script whose parse was not {@link
 * io.github.sievelint.ast.ParseResult#complete complete}.
 *
 * <p>{@code options} are the only option names the rule reads; configuration that names another, or
 * gives one a value of the wrong type, stops the run (exit 2) instead of being ignored.
 */
public record RuleInfo(
    String id,
    Severity defaultSeverity,
    Category category,
    String summary,
    Class<?> owner,
    boolean needsWholeScript,
    List<RuleOption> options,
    @Nullable FixInfo fix) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleInfo {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }
    if (summary.endsWith(".")) {
      throw new IllegalArgumentException("summary must not end with a period: " + id);
    }
    options = List.copyOf(options);
  }

  /** Metadata without a fix. */
  public RuleInfo(
      String id,
      Severity defaultSeverity,
      Category category,
      String summary,
      Class<?> owner,
      boolean needsWholeScript,
      List<RuleOption> options) {
    this(id, defaultSeverity, category, summary, owner, needsWholeScript, options, null);
  }

  /** A rule that looks at each construct on its own, and so speaks on a patched tree too. */
  public RuleInfo(
      String id, Severity defaultSeverity, Category category, String summary, Class<?> owner) {
    this(id, defaultSeverity, category, summary, owner, false, List.of());
  }

  /** The same metadata for a rule that {@link #needsWholeScript needs the whole script}. */
  public RuleInfo needingWholeScript() {
    return new RuleInfo(id, defaultSeverity, category, summary, owner, true, options, fix);
  }

  /** The same metadata for a rule that reads {@code declared} options. */
  public RuleInfo withOptions(RuleOption... declared) {
    return new RuleInfo(
        id, defaultSeverity, category, summary, owner, needsWholeScript, List.of(declared), fix);
  }

  /**
   * The same metadata for a rule whose findings carry a fix of {@code applicability}, which {@code
   * description} explains on the rule's page.
   */
  public RuleInfo withFix(Fix.Applicability applicability, String description) {
    return new RuleInfo(
        id,
        defaultSeverity,
        category,
        summary,
        owner,
        needsWholeScript,
        options,
        new FixInfo(applicability, description));
  }

  /** The declared option called {@code name}, if any. */
  public java.util.Optional<RuleOption> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** Base of the documentation links; pages are generated from this metadata. */
  public static final String DOCS_BASE =
      "https://github.com/sievelint/sievelint/blob/main/docs/rules/";

  public String helpUri() {
    return DOCS_BASE + id + ".md";
  }

  /** The rule's page in Markdown, read from the resources next to the rule class. */
  public String page() {
    String name = id + ".md";
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("rule " + id + " has no page " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one {@code ## heading} section of the page, trimmed; empty if absent. */
  public String pageSection(String heading) {
    String page = page();
    String marker = "## " + heading;
    int start = page.indexOf("\n" + marker + "\n");
    if (start < 0) {
      return "";
    }
    int bodyStart = start + marker.length() + 2;
    int next = page.indexOf("\n## ", bodyStart);
    return page.substring(bodyStart, next < 0 ? page.length() : next).trim();
  }
}
