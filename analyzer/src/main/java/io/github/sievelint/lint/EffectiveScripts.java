package io.github.sievelint.lint;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.FlowAnalyzer;
import io.github.sievelint.flow.IncludeResolver;
import io.github.sievelint.flow.Segment;
import io.github.sievelint.model.Account;
import io.github.sievelint.model.Includes;
import io.github.sievelint.model.Location;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The effective script of every account of a model (GUARDS.md, Paths): global {@code before}
 * scripts, the personal script with its includes inlined, global {@code after} scripts, analysed as
 * one flow. Source paths in the flows are relative to the repository root.
 */
public final class EffectiveScripts {

  /**
   * One account's effective script.
   *
   * @param account the account
   * @param flow the flow analysis of its segments
   * @param files the files the flow covers (segments and inlined includes), relative, in order
   */
  public record Script(Account account, Flow flow, List<String> files) {}

  private final Map<String, Optional<ParseResult>> parsed = new LinkedHashMap<>();
  private final List<Script> scripts = new ArrayList<>();
  private final Set<Limit> limits = new LinkedHashSet<>();

  /**
   * An include the flow analysis did not inline because a limit of {@link Includes} was reached.
   *
   * @param where the include's name, relative to the root
   * @param message which limit
   */
  public record Limit(Location where, String message) {}

  private EffectiveScripts() {}

  /** Analyses the effective script of every account that runs at least one script. */
  public static EffectiveScripts of(
      MailModel model, Function<String, @Nullable ParseResult> parse) {
    EffectiveScripts out = new EffectiveScripts();
    Includes includes = new Includes(model);
    for (Account account : model.accounts()) {
      Set<String> files = new LinkedHashSet<>();
      List<Segment> segments = new ArrayList<>();
      for (MailModel.ScriptRef ref : model.globalBefore()) {
        out.segment(Segment.Kind.BEFORE, ref.path(), parse, files).ifPresent(segments::add);
      }
      String personal = account.script();
      if (personal != null) {
        out.segment(Segment.Kind.PERSONAL, personal, parse, files).ifPresent(segments::add);
      }
      for (MailModel.ScriptRef ref : model.globalAfter()) {
        out.segment(Segment.Kind.AFTER, ref.path(), parse, files).ifPresent(segments::add);
      }
      if (segments.isEmpty()) {
        continue;
      }
      IncludeResolver resolver =
          new IncludeResolver() {
            @Override
            public Optional<Segment> resolve(Segment from, Command include) {
              Includes.Include named = Includes.parse(include).orElse(null);
              if (named != null
                  && includes.resolve(named, account) instanceof Includes.Resolution.Found found) {
                return out.segment(from.kind(), found.path(), parse, files);
              }
              return Optional.empty();
            }

            @Override
            public void limitExceeded(Segment from, Command include, String message) {
              Span span =
                  Includes.parse(include).map(i -> i.nameArgument().span()).orElse(include.span());
              out.limits.add(new Limit(new Location(from.source().path(), span), message));
            }
          };
      Flow flow = FlowAnalyzer.analyze(segments, resolver);
      out.scripts.add(new Script(account, flow, List.copyOf(files)));
    }
    return out;
  }

  private Optional<Segment> segment(
      Segment.Kind kind,
      String path,
      Function<String, @Nullable ParseResult> parse,
      Set<String> files) {
    Optional<ParseResult> result =
        parsed.computeIfAbsent(path, p -> Optional.ofNullable(parse.apply(p)));
    if (result.isEmpty()) {
      return Optional.empty();
    }
    files.add(path);
    ParseResult parse0 = result.get();
    return Optional.of(new Segment(kind, parse0.source(), parse0.script()));
  }

  /** The includes left out of some effective script by a limit, each once, in the order met. */
  public List<Limit> limits() {
    return List.copyOf(limits);
  }

  /** The accounts' effective scripts, in account order. */
  public List<Script> scripts() {
    return scripts;
  }

  /** Every file some effective script covers, relative to the root. */
  public Set<String> files() {
    Set<String> out = new LinkedHashSet<>();
    for (Script script : scripts) {
      out.addAll(script.files());
    }
    return out;
  }

  /**
   * Runs the enabled {@link EffectiveScriptRule}s on every file of every effective script, with the
   * account's flow, and returns their findings (paths relative) after each file's suppression
   * directives: a finding is kept once per rule and place, the first account's.
   */
  List<Diagnostic> check(RuleRegistry registry, LintSettings settings) {
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : registry.rules()) {
      if (rule instanceof EffectiveScriptRule && settings.enabled(rule.info().id())) {
        rules.add(rule);
      }
    }
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Script script : scripts) {
      for (String file : script.files()) {
        ParseResult parse = parsed.getOrDefault(file, Optional.empty()).orElse(null);
        if (parse == null) {
          continue;
        }
        List<Diagnostic> found = new ArrayList<>();
        RuleContext context = new RuleContext(parse, settings, found);
        context.preset(Flow.class, script.flow());
        for (Rule rule : rules) {
          context.setCurrent(rule.info());
          rule.check(context);
        }
        for (Diagnostic d : found) {
          if (seen.add(d.ruleId() + "\0" + file + "\0" + d.span().start())) {
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
          }
        }
      }
    }
    Set<String> ids = new HashSet<>();
    rules.forEach(r -> ids.add(r.info().id()));
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, List<Diagnostic>> entry : byFile.entrySet()) {
      ParseResult parse = parsed.getOrDefault(entry.getKey(), Optional.empty()).orElse(null);
      if (parse == null) {
        continue;
      }
      for (Diagnostic d : Suppressions.read(parse).apply(entry.getValue(), registry, settings)) {
        // Directive problems and unused directives are the per-file pass's to report.
        if (ids.contains(d.ruleId())) {
          out.add(d);
        }
      }
    }
    return out;
  }
}
