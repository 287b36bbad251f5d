package io.github.sievelint.lint;

import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints scripts: parses each one and runs every enabled rule on it. Thread-safe; one instance
 * serves any number of files.
 */
public final class Linter {

  private final RuleRegistry registry;
  private final LintSettings settings;
  private final ScriptParser parser = new ScriptParser();

  public Linter(RuleRegistry registry, LintSettings settings) {
    this.registry = registry;
    this.settings = settings;
  }

  public RuleRegistry registry() {
    return registry;
  }

  public LintSettings settings() {
    return settings;
  }

  /** Parses {@code source}; exposed so callers that need the tree parse only once. */
  public ParseResult parse(SourceFile source) {
    return parser.parse(source);
  }

  /** Lints one script and returns its findings in report order. */
  public List<Diagnostic> lint(SourceFile source) {
    return lint(parse(source));
  }

  /** Lints an already parsed script; suppression directives in its comments are honoured. */
  public List<Diagnostic> lint(ParseResult parsed) {
    List<Diagnostic> found = new ArrayList<>();
    RuleContext context = new RuleContext(parsed, settings, found);
    for (Rule rule : registry.rules()) {
      RuleInfo info = rule.info();
      if (!settings.enabled(info.id())) {
        continue;
      }
      context.setCurrent(info);
      rule.check(context);
    }
    List<Diagnostic> kept = Suppressions.read(parsed).apply(found, registry, settings);
    kept.sort(Diagnostic.ORDER);
    return kept;
  }
}
