package io.github.sievelint.lint;

import io.github.sievelint.graph.Analysis;
import io.github.sievelint.graph.ForwardingGraph;
import io.github.sievelint.model.Location;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.model.Resolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What a repository rule sees: the analysed repository, the settings, and where to report. */
public final class RepositoryContext {

  /** A secondary location of a finding, in repository terms. */
  public record Step(Location where, String message) {}

  private final Analysis analysis;
  private final EffectiveScripts scripts;
  private final LintSettings settings;
  private final Function<String, String> display;
  private final List<Diagnostic> sink;
  private final Set<String> seen = new HashSet<>();
  private final Set<String> files = new HashSet<>();
  private @Nullable RuleInfo current;

  RepositoryContext(
      Analysis analysis,
      EffectiveScripts scripts,
      LintSettings settings,
      Function<String, String> display,
      List<Diagnostic> sink) {
    this.analysis = analysis;
    this.scripts = scripts;
    this.settings = settings;
    this.display = display;
    this.sink = sink;
  }

  /** The repository files findings point at, relative to the root. */
  Set<String> files() {
    return files;
  }

  /** The findings reported here, in the order reported. */
  List<Diagnostic> found() {
    return sink;
  }

  void setCurrent(RuleInfo info) {
    this.current = info;
  }

  public Analysis analysis() {
    return analysis;
  }

  /** Every account's effective script, analysed as one flow; source paths are relative. */
  public EffectiveScripts effectiveScripts() {
    return scripts;
  }

  public MailModel model() {
    return analysis.model();
  }

  public Resolver resolver() {
    return analysis.resolver();
  }

  public ForwardingGraph graph() {
    return analysis.graph();
  }

  public LintSettings settings() {
    return settings;
  }

  /** An option of the running rule as a long, or {@code fallback}. */
  public long longOption(String name, long fallback) {
    Object value = settings.option(info().id(), name).orElse(null);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && s.trim().matches("-?\\d{1,18}")) {
      return Long.parseLong(s.trim());
    }
    return fallback;
  }

  private RuleInfo info() {
    RuleInfo info = current;
    if (info == null) {
      throw new IllegalStateException("no rule is running");
    }
    return info;
  }

  /** Reports a finding of the running rule at its default (or configured) severity. */
  public void report(Location where, String message, List<Step> related, @Nullable String help) {
    report(info().defaultSeverity(), where, message, related, help);
  }

  /**
   * Reports at {@code severity} unless the user configured one; a finding with the same rule, place
   * and message is reported once.
   */
  public void report(
      Severity severity,
      Location where,
      String message,
      List<Step> related,
      @Nullable String help) {
    RuleInfo info = info();
    String key = info.id() + "\0" + where.file() + "\0" + where.span().start() + "\0" + message;
    if (!seen.add(key)) {
      return;
    }
    Severity effective =
        settings.severities().containsKey(info.id()) ? settings.severityOf(info) : severity;
    files.add(where.file());
    List<Related> steps = new ArrayList<>();
    for (Step step : related) {
      files.add(step.where().file());
      steps.add(
          new Related(display.apply(step.where().file()), step.where().span(), step.message()));
    }
    Set<String> named = new LinkedHashSet<>();
    named.add(where.file());
    for (Step step : related) {
      named.add(step.where().file());
    }
    sink.add(
        new Diagnostic(
            info.id(),
            effective,
            display.apply(where.file()),
            where.span(),
            ShownPaths.of(message, named, display),
            steps,
            help));
  }
}
