package io.github.sievelint.lint;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What a rule sees while it checks one script, and where it reports. */
public final class RuleContext {

  private final ParseResult parse;
  private final LintSettings settings;
  private final List<Diagnostic> sink;
  private @Nullable RuleInfo current;
  private final Map<Class<?>, Object> shared = new HashMap<>();
  private final Rejections rejections = new Rejections();

  RuleContext(ParseResult parse, LintSettings settings, List<Diagnostic> sink) {
    this.parse = parse;
    this.settings = settings;
    this.sink = sink;
  }

  /**
   * Makes {@link #shared} answer {@code value} for {@code type} without computing it: the
   * repository linter hands in the flow of an account's effective script this way.
   */
  <T> void preset(Class<T> type, T value) {
    shared.put(type, value);
  }

  void setCurrent(RuleInfo info) {
    this.current = info;
  }

  public ParseResult parse() {
    return parse;
  }

  public SourceFile source() {
    return parse.source();
  }

  public Script script() {
    return parse.script();
  }

  /**
   * Every command of the script, nested ones included, in source order ({@link Walker#commands}):
   * most rules walk the script, and the walk is made once per script.
   */
  public List<Command> commands() {
    return shared(Commands.class, c -> new Commands(Walker.commands(c.script()))).all();
  }

  /** The walk {@link #commands()} shares. */
  private record Commands(List<Command> all) {}

  public LintSettings settings() {
    return settings;
  }

  /**
   * A result several rules derive from the same script, computed once per script: the first rule
   * that asks computes it, later ones get the same object.
   */
  public <T> T shared(Class<T> type, Function<RuleContext, T> compute) {
    Object value = shared.get(type);
    if (value == null) {
      value = compute.apply(this);
      shared.put(type, value);
    }
    return type.cast(value);
  }

  /** The shared result of {@code type} when some rule has computed it already, else null. */
  public <T> @Nullable T computed(Class<T> type) {
    Object value = shared.get(type);
    return value == null ? null : type.cast(value);
  }

  /** An option of the running rule as a long, or {@code fallback}. */
  public long longOption(String name, long fallback) {
    Object value = settings.option(info().id(), name).orElse(null);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        return fallback;
      }
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

  /**
   * Says that {@code text} is not Sieve the way a rule would read it: a command that error recovery
   * patched, a command or test that no extension defines, a test where no test belongs. A rule that
   * comes later in the catalogue would take that text for what it is not (the {@code false} of
   * {@code return false;} for a condition), so the linter drops its findings that start inside
   * {@code text}: the running rule, which reports the text, is the one that speaks about it.
   */
  public void reject(Span text) {
    rejections.add(info().id(), text);
  }

  /**
   * Whether a rule that ran before the running one {@link #reject rejected} the text at {@code
   * offset}: a finding there would be dropped, so a rule that chooses one of several places to
   * report (the first use of a capability) skips it.
   */
  public boolean rejectedBefore(int offset) {
    return rejections.rejectedBefore(info().id(), offset);
  }

  /**
   * {@code found} without the findings that start in text that a rule before theirs in {@code
   * registry} {@link #reject rejected}.
   */
  List<Diagnostic> withoutRejected(List<Diagnostic> found, RuleRegistry registry) {
    return rejections.filter(found, registry);
  }

  /** Reports a finding of the running rule at {@code span}. */
  public void report(Span span, String message) {
    report(span, message, List.of(), null);
  }

  /** Reports a finding with related locations and a one-line fix. */
  public void report(Span span, String message, List<Related> related, @Nullable String help) {
    RuleInfo info = info();
    sink.add(
        new Diagnostic(
            info.id(), settings.severityOf(info), source().path(), span, message, related, help));
  }

  /** Reports a finding with related locations, a one-line fix and the edits that make it. */
  public void report(
      Span span, String message, List<Related> related, @Nullable String help, @Nullable Fix fix) {
    RuleInfo info = info();
    sink.add(
        new Diagnostic(
            info.id(),
            settings.severityOf(info),
            source().path(),
            span,
            message,
            related,
            help,
            fix));
  }

  /** Reports at an explicit severity, for rules whose severity depends on the case. */
  public void report(Severity severity, Span span, String message, @Nullable String help) {
    RuleInfo info = info();
    Severity effective =
        settings.severities().containsKey(info.id()) ? settings.severityOf(info) : severity;
    sink.add(new Diagnostic(info.id(), effective, source().path(), span, message, List.of(), help));
  }
}
