package io.github.sievelint.lint;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.FlowAnalyzer;
import io.github.sievelint.flow.IncludeResolver;
import io.github.sievelint.flow.Segment;
import io.github.sievelint.graph.Analysis;
import io.github.sievelint.graph.ScriptAction;
import io.github.sievelint.graph.ScriptActions;
import io.github.sievelint.model.Account;
import io.github.sievelint.model.Includes;
import io.github.sievelint.model.Location;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The effective script of every account of a model (docs/guards.md, Paths): global {@code before}
 * scripts, the personal script with its includes inlined, global {@code after} scripts, analysed as
 * one flow. Source paths are relative to the repository root.
 *
 * <p>Accounts are analysed independently ({@link #analyse(int)} may run on any thread, in any
 * order): each account's tree and flow are dropped once its findings are computed, and {@link
 * #finish()} merges the results in account order, so the outcome does not depend on the order.
 */
public final class EffectiveScripts {

  /**
   * What is kept of one account's effective script.
   *
   * @param account the account
   * @param globalStops the bare {@code stop}s of the flow in global {@code before} scripts, reached
   *     with the implicit keep in effect, in flow order
   * @param files the files the flow covers (segments and inlined includes), relative, in order
   */
  public record Script(Account account, List<Location> globalStops, List<String> files) {}

  /**
   * An include the flow analysis did not inline because a limit of {@link Includes} was reached.
   *
   * @param where the include's name, relative to the root
   * @param message which limit
   */
  public record Limit(Location where, String message) {}

  /**
   * One account's outcome: what is kept of its script, its limits, its findings by file, and its
   * responding actions for the forwarding graph.
   */
  private record Done(
      Script script,
      List<Limit> limits,
      Map<String, List<Diagnostic>> found,
      List<ScriptAction> actions) {}

  private final MailModel model;
  private final Includes includes;
  private final Function<String, @Nullable ParseResult> parse;
  private final Predicate<String> quiet;
  private final Set<String> globals = new HashSet<>();
  private final RuleRegistry registry;
  private final LintSettings settings;
  private final List<Rule> rules = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final AtomicReferenceArray<@Nullable Done> done;

  /**
   * Outcomes of accounts that share their effective script with another account: same personal
   * script and same personal include folder (the globals are the same for every account), by {@link
   * #key}. Only keys of more than one account are memoised.
   */
  private final ConcurrentHashMap<String, Done> memo = new ConcurrentHashMap<>();

  private final Set<String> shared = new HashSet<>();

  /** The literals of the responding actions kept for the graph, one per condition. */
  private final ConcurrentHashMap<Literal, Literal> literals = new ConcurrentHashMap<>();

  private final List<Script> scripts = new ArrayList<>();
  private final Set<Limit> limits = new LinkedHashSet<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Accounts and rules that threw, with paths relative to the root. */
  private final Set<Failures.Failure> failures = ConcurrentHashMap.newKeySet();

  private EffectiveScripts(
      MailModel model,
      Function<String, @Nullable ParseResult> parse,
      Predicate<String> quiet,
      RuleRegistry registry,
      LintSettings settings) {
    this.model = model;
    this.includes = new Includes(model);
    this.parse = parse;
    this.quiet = quiet;
    model.globalBefore().forEach(ref -> globals.add(ref.path()));
    model.globalAfter().forEach(ref -> globals.add(ref.path()));
    this.registry = registry;
    this.settings = settings;
    for (Rule rule : registry.rules()) {
      if (rule instanceof EffectiveScriptRule && settings.enabled(rule.info().id())) {
        rules.add(rule);
        ids.add(rule.info().id());
      }
    }
    this.done = new AtomicReferenceArray<>(model.accounts().size());
    Set<String> once = new HashSet<>();
    for (Account account : model.accounts()) {
      String key = key(account);
      if (!once.add(key)) {
        shared.add(key);
      }
    }
  }

  /**
   * Whether every global script is {@link Analysis#quiet} (null until known; every thread computes
   * the same answer).
   */
  private volatile @Nullable Boolean quietGlobals;

  /** The bare stops of the global before scripts, when those do not depend on the account. */
  private volatile @Nullable List<Location> beforeStops;

  private boolean quietGlobals(Map<String, ParseResult> parsed) {
    Boolean known = quietGlobals;
    if (known == null) {
      boolean all = true;
      List<MailModel.ScriptRef> globals = new ArrayList<>(model.globalBefore());
      globals.addAll(model.globalAfter());
      for (MailModel.ScriptRef ref : globals) {
        ParseResult global = parsed.get(ref.path());
        all &= global == null || Analysis.quiet(global);
      }
      known = all;
      quietGlobals = known;
    }
    return known;
  }

  /** The bare stops of the global before scripts analysed on their own. */
  private List<Location> beforeStops(Map<String, ParseResult> parsed) {
    List<Location> known = beforeStops;
    if (known == null) {
      List<Segment> before = new ArrayList<>();
      for (MailModel.ScriptRef ref : model.globalBefore()) {
        ParseResult global = parsed.get(ref.path());
        if (global != null) {
          before.add(new Segment(Segment.Kind.BEFORE, global.source(), global.script()));
        }
      }
      known = before.isEmpty() ? List.of() : stops(FlowAnalyzer.analyze(before));
      beforeStops = known;
    }
    return known;
  }

  private static List<Location> stops(Flow flow) {
    List<Location> stops = new ArrayList<>();
    for (Command stop : flow.bareStops()) {
      flow.segmentOf(stop)
          .ifPresent(s -> stops.add(new Location(s.source().path(), stop.nameSpan())));
    }
    return List.copyOf(stops);
  }

  private static String key(Account account) {
    return account.script() + "\0" + account.includeDir();
  }

  /**
   * A pass over the accounts of {@code model} that the caller drives: {@link #analyse(int)} once
   * for each account index (from any thread), then {@link #finish()}. {@code quiet} names the
   * scripts known to read and to be {@link Analysis#quiet} without parsing them again.
   */
  static EffectiveScripts start(
      MailModel model,
      Function<String, @Nullable ParseResult> parse,
      Predicate<String> quiet,
      RuleRegistry registry,
      LintSettings settings) {
    return new EffectiveScripts(model, parse, quiet, registry, settings);
  }

  /**
   * Analyses the effective script of every account that runs at least one script, in parallel when
   * called inside a pool, and runs the enabled {@link EffectiveScriptRule}s on them.
   */
  public static EffectiveScripts of(
      MailModel model,
      Function<String, @Nullable ParseResult> parse,
      RuleRegistry registry,
      LintSettings settings) {
    EffectiveScripts out = start(model, parse, path -> false, registry, settings);
    IntStream.range(0, model.accounts().size()).parallel().forEach(i -> out.analyse(i));
    out.finish();
    return out;
  }

  /**
   * Analyses account {@code index} of the model: its flow, then the rules on every file of it with
   * that flow, after each file's suppression directives. Only the findings and a few facts are
   * kept; the responding actions of the flow are returned, for the forwarding graph.
   */
  List<ScriptAction> analyse(int index) {
    Account account = model.accounts().get(index);
    try {
      analyse(index, account);
      Done one = done.get(index);
      return one == null ? List.of() : one.actions();
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      // As if the account ran no script; the repository linter reports the failure.
      done.set(index, null);
      failures.add(
          new Failures.Failure(
              account.where().file(), account.where().span(), "account " + account.address(), e));
      return List.of();
    }
  }

  private void analyse(int index, Account account) {
    String key = key(account);
    boolean memoised = shared.contains(key);
    if (memoised) {
      Done same = memo.get(key);
      if (same != null) {
        Script script = same.script();
        List<ScriptAction> actions = new ArrayList<>();
        for (ScriptAction action : same.actions()) {
          actions.add(action.withAccount(account.address()));
        }
        done.set(
            index,
            new Done(
                new Script(account, script.globalStops(), script.files()),
                same.limits(),
                same.found(),
                actions));
        return;
      }
    }
    String personal = account.script();
    if (personal != null && !globals.contains(personal) && quiet.test(personal)) {
      // The quiet case below, without the personal script's tree.
      Map<String, ParseResult> parsed = new LinkedHashMap<>();
      model.globalBefore().forEach(ref -> segment(Segment.Kind.BEFORE, ref.path(), parsed));
      int before = parsed.size();
      model.globalAfter().forEach(ref -> segment(Segment.Kind.AFTER, ref.path(), parsed));
      if (quietGlobals(parsed)) {
        List<String> files = new ArrayList<>(parsed.keySet());
        files.add(before, personal);
        quiet(index, account, parsed, files);
        return;
      }
    }
    Map<String, ParseResult> parsed = new LinkedHashMap<>();
    List<Segment> segments = new ArrayList<>();
    for (MailModel.ScriptRef ref : model.globalBefore()) {
      segment(Segment.Kind.BEFORE, ref.path(), parsed).ifPresent(segments::add);
    }
    if (personal != null) {
      segment(Segment.Kind.PERSONAL, personal, parsed).ifPresent(segments::add);
    }
    for (MailModel.ScriptRef ref : model.globalAfter()) {
      segment(Segment.Kind.AFTER, ref.path(), parsed).ifPresent(segments::add);
    }
    if (segments.isEmpty()) {
      return;
    }
    ParseResult personalTree = personal == null ? null : parsed.get(personal);
    if (quietGlobals(parsed) && (personalTree == null || Analysis.quiet(personalTree))) {
      // Nothing here for the guard rules to judge, and no include to make the flow depend on the
      // account: the only fact kept, the bare stops of the global before scripts, is the same for
      // every such account. Most accounts of a mail system are like this.
      quiet(index, account, parsed, parsed.keySet());
      return;
    }
    List<Limit> met = new ArrayList<>();
    // The files the flow covers: the account's scripts and the includes it inlined. One that an
    // include limit left out was parsed but is not in the flow, so it keeps its per-file findings.
    Set<String> inFlow = new HashSet<>(parsed.keySet());
    IncludeResolver resolver =
        new IncludeResolver() {
          @Override
          public Optional<Segment> resolve(Segment from, Command include) {
            Includes.Include named = Includes.parse(include).orElse(null);
            if (named != null
                && includes.resolve(named, account) instanceof Includes.Resolution.Found found) {
              return segment(from.kind(), found.path(), parsed);
            }
            return Optional.empty();
          }

          @Override
          public void inlined(Segment target) {
            inFlow.add(target.source().path());
          }

          @Override
          public void limitExceeded(Segment from, Command include, String message) {
            Span span =
                Includes.parse(include).map(i -> i.nameArgument().span()).orElse(include.span());
            met.add(new Limit(new Location(from.source().path(), span), message));
          }
        };
    Flow flow = FlowAnalyzer.analyze(segments, resolver);
    List<Location> stops = stops(flow);
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    // One flow runs through all the account's scripts: a patched one patches the flow.
    boolean complete = true;
    for (Map.Entry<String, ParseResult> file : parsed.entrySet()) {
      complete &= !inFlow.contains(file.getKey()) || file.getValue().complete();
    }
    if (!rules.isEmpty()) {
      // The account's scripts run together, so a vendor extension in one names the server of all.
      LintSettings settings =
          ServerInference.apply(
              this.settings, parsed.values().stream().map(ParseResult::script).toList());
      for (Map.Entry<String, ParseResult> file : parsed.entrySet()) {
        if (!inFlow.contains(file.getKey())) {
          continue;
        }
        List<Diagnostic> found = new ArrayList<>();
        RuleContext context = new RuleContext(file.getValue(), settings, found);
        context.preset(Flow.class, flow);
        for (Rule rule : rules) {
          if (rule.info().needsWholeScript() && !complete) {
            continue;
          }
          context.setCurrent(rule.info());
          int before = found.size();
          try {
            rule.check(context);
          } catch (OutOfMemoryError e) {
            throw e;
          } catch (Throwable e) {
            found.subList(before, found.size()).clear();
            failures.add(
                new Failures.Failure(
                    file.getKey(), Span.FILE_START, "rule " + rule.info().id(), e));
          }
        }
        if (found.isEmpty()) {
          continue;
        }
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : Suppressions.read(file.getValue()).apply(found, registry, settings)) {
          // Directive problems and unused directives are the per-file pass's to report.
          if (ids.contains(d.ruleId())) {
            kept.add(d);
          }
        }
        if (!kept.isEmpty()) {
          byFile.put(file.getKey(), kept);
        }
      }
    }
    List<String> files = new ArrayList<>(parsed.keySet());
    files.retainAll(inFlow);
    Script script = new Script(account, stops, List.copyOf(files));
    Done one =
        new Done(
            script, List.copyOf(met), byFile, ScriptActions.of(account.address(), flow, literals));
    if (memoised) {
      memo.putIfAbsent(key, one);
    }
    done.set(index, one);
  }

  /**
   * The outcome of an account whose scripts are all quiet: no finding, no limit, and only the bare
   * stops of the global before scripts ({@code parsed} holds the globals) and the {@code files}
   * run.
   */
  private void quiet(
      int index, Account account, Map<String, ParseResult> parsed, Collection<String> files) {
    Script script = new Script(account, beforeStops(parsed), List.copyOf(files));
    done.set(index, new Done(script, List.of(), Map.of(), List.of()));
  }

  /**
   * Merges the accounts' outcomes in account order: a finding is kept once per rule and place, the
   * first account's.
   */
  void finish() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < done.length(); i++) {
      Done one = done.getAndSet(i, null);
      if (one == null) {
        continue;
      }
      scripts.add(one.script());
      limits.addAll(one.limits());
      for (Map.Entry<String, List<Diagnostic>> file : one.found().entrySet()) {
        for (Diagnostic d : file.getValue()) {
          if (seen.add(d.ruleId() + "\0" + file.getKey() + "\0" + d.span().start())) {
            diagnostics.add(d);
          }
        }
      }
    }
  }

  private Optional<Segment> segment(
      Segment.Kind kind, String path, Map<String, ParseResult> parsed) {
    ParseResult result = parsed.get(path);
    if (result == null) {
      result = parse.apply(path);
      if (result == null) {
        return Optional.empty();
      }
      parsed.put(path, result);
    }
    return Optional.of(new Segment(kind, result.source(), result.script()));
  }

  /** The accounts and rules that threw (paths relative to the root), in no particular order. */
  List<Failures.Failure> failures() {
    return List.copyOf(failures);
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
   * The findings of the enabled {@link EffectiveScriptRule}s on every file of every effective
   * script (paths relative), after each file's suppression directives.
   */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
