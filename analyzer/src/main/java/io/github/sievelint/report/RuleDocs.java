package io.github.sievelint.report;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.FixInfo;
import io.github.sievelint.lint.RepositoryRule;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleOption;
import io.github.sievelint.lint.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule reference in {@code docs/rules/}: one page per rule from its {@link RuleInfo} and its
 * page resource, and an index. A test keeps the checked-in files current.
 */
public final class RuleDocs {

  /** How to regenerate, quoted by the test that finds the docs out of date. */
  public static final String REGENERATE =
      "mvn -B -o -pl analyzer test -Dtest=RuleDocsTest -Dsievelint.updateDocs=true";

  private static final String NOTICE =
      "<!-- Generated from the rule metadata by RuleDocs; do not edit. Regenerate with: "
          + REGENERATE
          + " -->\n";

  private RuleDocs() {}

  /** Every file of the reference, by name relative to {@code docs/rules/}, in a stable order. */
  public static Map<String, String> files(RuleRegistry registry) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("README.md", index(registry, true));
    for (RuleInfo info : registry.infos()) {
      files.put(info.id() + ".md", page(info));
    }
    return files;
  }

  /** One rule's page: the metadata table, then the hand-written page below its title. */
  public static String page(RuleInfo info) {
    return NOTICE + "\n" + body(info);
  }

  /** The page without the generated-file notice, as {@code sievelint explain} prints it. */
  public static String body(RuleInfo info) {
    String body = info.page();
    String title = "# " + info.id();
    if (body.startsWith(title)) {
      body = body.substring(title.length()).stripLeading();
    }
    return title
        + "\n\n"
        + info.summary()
        + ".\n\n"
        + "| | |\n|---|---|\n"
        + "| Default severity | "
        + info.defaultSeverity().label()
        + " |\n"
        + "| Category | "
        + info.category().title()
        + " |\n"
        + (info.needsWholeScript()
            ? "| After a syntax error | silent: it needs the whole script as written |\n"
            : "")
        + "| Suppress | `# sievelint: disable="
        + info.id()
        + " -- reason`"
        // A repository finding spans files; its page says which of them can hold the directive.
        + (RepositoryRule.class.isAssignableFrom(info.owner())
            ? " in any script the finding touches; see Suppressing"
            : "")
        + " |\n"
        + "| Fix | "
        + fixRow(info)
        + " |\n"
        + "| Configure | `rules: {"
        + info.id()
        + ": {severity: off}}` in `.sievelint.yaml` |\n"
        + options(info)
        + "\n"
        + body.stripTrailing()
        + "\n";
  }

  /** What {@code --fix} does with the rule's findings, for the metadata table. */
  private static String fixRow(RuleInfo info) {
    FixInfo fix = info.fix();
    if (fix == null) {
      return "none: `--fix` leaves the finding; reports and editors offer the suppression directive";
    }
    String when =
        switch (fix.applicability()) {
          case SAFE -> "safe, applied by `--fix`: ";
          case UNSAFE -> "unsafe, applied by `--fix --unsafe-fixes`: ";
          case DISPLAY -> "shown only, never applied: ";
        };
    return when + fix.description();
  }

  /** One table row per option the rule declares: how to set it, its type, default and effect. */
  private static String options(RuleInfo info) {
    StringBuilder out = new StringBuilder();
    for (RuleOption option : info.options()) {
      out.append("| Option `")
          .append(option.name())
          .append("` | ")
          .append(option.type().words())
          .append(option.choices().isEmpty() ? "" : " of " + String.join(", ", option.choices()))
          .append(", default ")
          .append(option.defaultValue())
          .append(": ")
          .append(option.description())
          .append("; `--option ")
          .append(info.id())
          .append('.')
          .append(option.name())
          .append("=VALUE` |\n");
    }
    return out.toString();
  }

  /**
   * The list of rules grouped by category, as a Markdown document; {@code links} makes each id a
   * link to its page.
   */
  public static String index(RuleRegistry registry, boolean links) {
    StringBuilder out = new StringBuilder();
    if (links) {
      out.append(NOTICE).append('\n');
    }
    out.append("# sievelint rules\n\n")
        .append(registry.infos().size())
        .append(" rules. `sievelint explain RULE-ID` prints a rule's page; `sievelint rules`")
        .append(" lists them.\n");
    for (Category category : Category.values()) {
      List<RuleInfo> infos =
          registry.infos().stream().filter(i -> i.category() == category).toList();
      if (infos.isEmpty()) {
        continue;
      }
      out.append("\n## ").append(category.title()).append("\n\n");
      out.append("| Rule | Severity | Summary |\n|---|---|---|\n");
      for (RuleInfo info : infos) {
        String id = links ? "[`" + info.id() + "`](" + info.id() + ".md)" : "`" + info.id() + "`";
        out.append("| ")
            .append(id)
            .append(" | ")
            .append(info.defaultSeverity().label())
            .append(" | ")
            .append(info.summary().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  /** Writes the reference into {@code folder}, deleting pages of rules that no longer exist. */
  public static void write(RuleRegistry registry, Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, String> files = files(registry);
    try (Stream<Path> old = Files.list(folder)) {
      for (Path p : old.toList()) {
        if (p.toString().endsWith(".md") && !files.containsKey(p.getFileName().toString())) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
  }
}
