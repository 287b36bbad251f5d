package io.github.sievelint.graph;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.model.Account;
import io.github.sievelint.model.Includes;
import io.github.sievelint.model.Location;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.model.Resolver;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The cross-account analysis of one repository: every account's effective script walked once, its
 * responding actions collected, include problems found, and the forwarding graph built from them on
 * demand.
 */
public final class Analysis {

  /** Reads and parses a repository file by its relative path; null when it cannot be read. */
  public interface ScriptSource {
    @Nullable ParseResult parse(String relativePath);

    /**
     * Whether the script at {@code relativePath} is already known to read and to be {@link #quiet}
     * (say, because it was linted on its own before the model was ready), so that an account
     * running it as its personal script needs its tree only when a global script is not quiet.
     */
    default boolean quiet(String relativePath) {
      return false;
    }
  }

  private final MailModel model;
  private final Resolver resolver;
  private final Includes includes;
  private final ScriptSource source;
  private final Conditions conditions = new Conditions();
  private final ConcurrentHashMap<String, Optional<ParseResult>> shared = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Set<IncludeProblem> includeProblems = ConcurrentHashMap.newKeySet();
  private final List<ScriptAction> actions;
  private @Nullable ForwardingGraph graph;

  /**
   * An account whose analysis threw (a sievelint bug): it is left out as if it ran no script, and
   * reported at {@code where}, the line that declares it.
   */
  public record AccountFailure(Account account, Location where, Throwable error) {}

  private final Set<AccountFailure> failures = ConcurrentHashMap.newKeySet();

  /** Called once per account, on the thread that scanned it, right after its scan. */
  @FunctionalInterface
  public interface AfterAccount {
    void done(int index);
  }

  private Analysis(MailModel model, ScriptSource source, AfterAccount after) {
    this.model = model;
    this.resolver = new Resolver(model);
    this.includes = new Includes(model);
    this.source = source;
    List<Account> accounts = model.accounts();
    this.actions =
        IntStream.range(0, accounts.size())
            .parallel()
            .mapToObj(
                i -> {
                  List<ScriptAction> found = contained(accounts.get(i));
                  after.done(i);
                  return found;
                })
            .flatMap(List::stream)
            .toList();
  }

  /** Analyses every account of {@code model}. */
  public static Analysis run(MailModel model, ScriptSource source) {
    return new Analysis(model, source, i -> {});
  }

  /**
   * Analyses every account of {@code model}, handing each account's index to {@code after} once it
   * is scanned (from the scanning thread), so that other per-account work can share its parse.
   */
  public static Analysis run(MailModel model, ScriptSource source, AfterAccount after) {
    return new Analysis(model, source, after);
  }

  public MailModel model() {
    return model;
  }

  public Resolver resolver() {
    return resolver;
  }

  /** The responding actions of every account, in account order. */
  public List<ScriptAction> actions() {
    return actions;
  }

  /** The include problems of one kind, each once however many accounts met it, by location. */
  public <T extends IncludeProblem> List<T> includeProblems(Class<T> kind) {
    return includeProblems.stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .sorted(Comparator.comparing(IncludeProblem::where))
        .toList();
  }

  /** The scripts some account, global slot or include uses, relative to the root. */
  public Set<String> usedScripts() {
    return Set.copyOf(used);
  }

  /** The forwarding graph, built on first use. */
  public synchronized ForwardingGraph graph() {
    ForwardingGraph built = graph;
    if (built == null) {
      built = ForwardingGraph.build(resolver, actions);
      graph = built;
    }
    return built;
  }

  private @Nullable ParseResult sharedParse(String path) {
    return shared.computeIfAbsent(path, p -> Optional.ofNullable(source.parse(p))).orElse(null);
  }

  /**
   * {@link #scan} of one account; should it throw, the account counts as running no script, its
   * include problems are dropped, and the failure is kept for {@link #failures()}.
   */
  private List<ScriptAction> contained(Account account) {
    IncludeCheck met = new IncludeCheck(includes, account, this::sharedParse, used::add);
    try {
      List<ScriptAction> found = scan(account, met);
      includeProblems.addAll(met.problems());
      return found;
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      failures.add(new AccountFailure(account, account.where(), e));
      return List.of();
    }
  }

  /** The accounts whose analysis threw, in account order. */
  public List<AccountFailure> failures() {
    List<AccountFailure> out = new ArrayList<>(failures);
    List<Account> accounts = model.accounts();
    out.sort(Comparator.comparingInt(f -> accounts.indexOf(f.account())));
    return out;
  }

  private List<ScriptAction> scan(Account account, IncludeCheck met) {
    String personal = account.script();
    if (personal != null && source.quiet(personal) && quietGlobals()) {
      // What the walk below would do for this account: note the scripts it runs, and stop there.
      useReadable(model.globalBefore());
      used.add(personal);
      useReadable(model.globalAfter());
      return List.of();
    }
    List<PathWalker.Part> parts = new ArrayList<>();
    for (MailModel.ScriptRef ref : model.globalBefore()) {
      addPart(parts, PathWalker.Role.BEFORE, ref.path(), sharedParse(ref.path()), met);
    }
    if (personal != null) {
      addPart(parts, PathWalker.Role.PERSONAL, personal, source.parse(personal), met);
    }
    for (MailModel.ScriptRef ref : model.globalAfter()) {
      addPart(parts, PathWalker.Role.AFTER, ref.path(), sharedParse(ref.path()), met);
    }
    if (quiet(parts)) {
      // No responding action to collect and no include to follow: the walk would find nothing.
      return List.of();
    }
    List<ScriptAction> found = new ArrayList<>();
    PathWalker.IncludeLookup lookup =
        (from, include) -> {
          if (includes.resolve(include, account) instanceof Includes.Resolution.Found f) {
            ParseResult parsed = sharedParse(f.path());
            return parsed == null ? null : new PathWalker.Included(f.path(), parsed);
          }
          return null;
        };
    PathWalker.Visitor visitor =
        (command, file, role, paths, capped) ->
            found.add(
                action(account, command, file, role != PathWalker.Role.PERSONAL, paths, capped));
    PathWalker walker = new PathWalker(conditions, lookup, visitor);
    walker.run(parts);
    for (PathWalker.Limit limit : walker.limits()) {
      met.add(new IncludeProblem.WalkLimit(limit.where(), limit.message()));
    }
    return found;
  }

  /** Commands the walk collects, and include, which brings in more of them. */
  private static final Set<String> WALKED =
      Set.of("redirect", "notify", "vacation", "reject", "ereject", "include");

  /** Whether the global scripts hold none of {@link #WALKED}, by tree (there are a few). */
  private final java.util.Map<ParseResult, Boolean> quietGlobals =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private void useReadable(List<MailModel.ScriptRef> refs) {
    for (MailModel.ScriptRef ref : refs) {
      if (sharedParse(ref.path()) != null) {
        used.add(ref.path());
      }
    }
  }

  /** Whether every global script that reads is {@link #quiet}. */
  private boolean quietGlobals() {
    for (List<MailModel.ScriptRef> refs : List.of(model.globalBefore(), model.globalAfter())) {
      for (MailModel.ScriptRef ref : refs) {
        ParseResult parsed = sharedParse(ref.path());
        if (parsed != null && !quietGlobals.computeIfAbsent(parsed, Analysis::quiet)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean quiet(List<PathWalker.Part> parts) {
    for (PathWalker.Part part : parts) {
      boolean quiet =
          part.role() == PathWalker.Role.PERSONAL
              ? quiet(part.parse())
              : quietGlobals.computeIfAbsent(part.parse(), Analysis::quiet);
      if (!quiet) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code parsed} holds no responding action (redirect, notify, vacation, reject, ereject)
   * and no include: then neither the forwarding walk nor the guard rules find anything in it.
   */
  public static boolean quiet(ParseResult parsed) {
    for (Command command : Walker.commands(parsed.script())) {
      if (WALKED.contains(command.name())) {
        return false;
      }
    }
    return true;
  }

  private void addPart(
      List<PathWalker.Part> parts,
      PathWalker.Role role,
      String path,
      @Nullable ParseResult parsed,
      IncludeCheck met) {
    if (parsed == null) {
      return;
    }
    used.add(path);
    parts.add(new PathWalker.Part(role, path, parsed));
    met.check(path, parsed);
  }

  private static ScriptAction action(
      Account account,
      Command command,
      String file,
      boolean global,
      List<List<Literal>> paths,
      boolean capped) {
    List<ScriptAction.Value> targets = new ArrayList<>();
    ScriptAction.Value from = null;
    List<ScriptAction.Value> addresses = new ArrayList<>();
    List<Argument> values = command.arguments().values();
    switch (command.name()) {
      case "redirect" -> {
        Argument.StringValue target = lastPositional(values);
        if (target != null && !target.value().contains("${")) {
          targets.add(new ScriptAction.Value(target.value(), new Location(file, target.span())));
        }
      }
      case "notify" -> {
        for (int i = 0; i < values.size(); i++) {
          if (!afterTagWithArgument(values, i)
              && values.get(i) instanceof Argument.StringValue s
              && s.value().regionMatches(true, 0, "mailto:", 0, 7)
              && !s.value().contains("${")) {
            for (String to : mailto(s.value())) {
              targets.add(new ScriptAction.Value(to, new Location(file, s.span())));
            }
          }
        }
      }
      case "vacation" -> {
        Optional<Argument> fromArg = command.arguments().tagArgument("from");
        if (fromArg.isPresent() && fromArg.get() instanceof Argument.StringValue s) {
          from = new ScriptAction.Value(s.value(), new Location(file, s.span()));
        }
        Optional<Argument> addressesArg = command.arguments().tagArgument("addresses");
        if (addressesArg.isPresent()) {
          for (Argument.StringValue s : Argument.strings(addressesArg.get())) {
            addresses.add(new ScriptAction.Value(s.value(), new Location(file, s.span())));
          }
        }
      }
      default -> {
        // reject, ereject: only where and when
      }
    }
    return new ScriptAction(
        command.name(),
        account.address(),
        global,
        new Location(file, command.span()),
        new Location(file, command.nameSpan()),
        command.arguments().hasTag("copy"),
        targets,
        from,
        addresses,
        paths,
        capped);
  }

  /** Tags of redirect, notify and vacation that take an argument (RFC 5230, 5435, 6009...). */
  private static final Set<String> TAGS_WITH_ARGUMENT =
      Set.of(
          "from",
          "subject",
          "handle",
          "days",
          "seconds",
          "addresses",
          "importance",
          "options",
          "message",
          "comparator",
          "list",
          "notify",
          "ret",
          "by",
          "fcc",
          "flags",
          "specialuse",
          "mailboxid",
          "bytimeabsolute",
          "bytimerelative",
          "bymode");

  private static boolean afterTagWithArgument(List<Argument> values, int i) {
    return i > 0
        && values.get(i - 1) instanceof Argument.Tag tag
        && TAGS_WITH_ARGUMENT.contains(tag.name());
  }

  private static Argument.@Nullable StringValue lastPositional(List<Argument> values) {
    Argument.StringValue last = null;
    for (int i = 0; i < values.size(); i++) {
      if (!afterTagWithArgument(values, i) && values.get(i) instanceof Argument.StringValue s) {
        last = s;
      }
    }
    return last;
  }

  /** The recipients of a {@code mailto:} URI (RFC 6068), percent-decoded. */
  static List<String> mailto(String uri) {
    String rest = uri.substring(7);
    int query = rest.indexOf('?');
    String to = query < 0 ? rest : rest.substring(0, query);
    List<String> out = new ArrayList<>();
    for (String part : to.split(",", -1)) {
      if (part.isBlank()) {
        continue;
      }
      try {
        out.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        out.add(part);
      }
    }
    return out;
  }
}
