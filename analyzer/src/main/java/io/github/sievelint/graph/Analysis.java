package io.github.sievelint.graph;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.model.Account;
import io.github.sievelint.model.Includes;
import io.github.sievelint.model.Location;
import io.github.sievelint.model.MailModel;
import io.github.sievelint.model.Resolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The cross-account analysis of one repository: for every account, the scripts it runs, their
 * include problems, and its responding actions with their conditions (read from the flow of its
 * effective script); the forwarding graph is built from those on demand.
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

  /** The rule id of include and cycle findings that hit a limit. */
  public static final String LIMIT_EXCEEDED = "limit-exceeded";

  /** A problem with an include: rule id, location, message. */
  public record IncludeFinding(String rule, boolean optional, Location where, String message) {}

  private final MailModel model;
  private final Resolver resolver;
  private final Includes includes;
  private final ScriptSource source;
  private final ConcurrentHashMap<String, Optional<ParseResult>> shared = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Set<IncludeFinding> includeFindings = ConcurrentHashMap.newKeySet();
  private final List<ScriptAction> actions;
  private @Nullable ForwardingGraph graph;

  /**
   * An account whose analysis threw (a sievelint bug): it is left out as if it ran no script, and
   * reported at {@code where}, the line that declares it.
   */
  public record AccountFailure(Account account, Location where, Throwable error) {}

  private final Set<AccountFailure> failures = ConcurrentHashMap.newKeySet();

  /**
   * The responding actions of one account, by its index in the model, read from the flow of its
   * effective script (see {@link ScriptActions}); called once per account, from any thread.
   */
  @FunctionalInterface
  public interface Responders {
    List<ScriptAction> of(int index);
  }

  private Analysis(MailModel model, ScriptSource source, Responders responders) {
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
                  contained(accounts.get(i));
                  return responders.of(i);
                })
            .flatMap(List::stream)
            .toList();
  }

  /**
   * Analyses every account of {@code model}: the scripts it runs and their includes, here, and its
   * responding actions, from {@code responders} (on the same thread, right after, so that both
   * share one parse of its scripts).
   */
  public static Analysis run(MailModel model, ScriptSource source, Responders responders) {
    return new Analysis(model, source, responders);
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

  /** Include problems, sorted by location. */
  public List<IncludeFinding> includeFindings() {
    List<IncludeFinding> out = new ArrayList<>(includeFindings);
    out.sort(Comparator.comparing(IncludeFinding::where).thenComparing(IncludeFinding::rule));
    return out;
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
   * {@link #scan} of one account; should it throw, its include findings are dropped, and the
   * failure is kept for {@link #failures()}.
   */
  private void contained(Account account) {
    List<IncludeFinding> met = new ArrayList<>();
    try {
      scan(account, met);
      includeFindings.addAll(met);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      failures.add(new AccountFailure(account, account.where(), e));
    }
  }

  /** The accounts whose analysis threw, in account order. */
  public List<AccountFailure> failures() {
    List<AccountFailure> out = new ArrayList<>(failures);
    List<Account> accounts = model.accounts();
    out.sort(Comparator.comparingInt(f -> accounts.indexOf(f.account())));
    return out;
  }

  /** Notes the scripts {@code account} runs and checks their includes. */
  private void scan(Account account, List<IncludeFinding> met) {
    String personal = account.script();
    if (personal != null && source.quiet(personal) && quietGlobals()) {
      // Known quiet scripts hold no include: note the scripts the account runs, and stop there.
      useReadable(model.globalBefore());
      used.add(personal);
      useReadable(model.globalAfter());
      return;
    }
    int[] budget = {Includes.MAX_INLINED};
    for (MailModel.ScriptRef ref : model.globalBefore()) {
      addPart(ref.path(), sharedParse(ref.path()), account, budget, met);
    }
    if (personal != null) {
      addPart(personal, source.parse(personal), account, budget, met);
    }
    for (MailModel.ScriptRef ref : model.globalAfter()) {
      addPart(ref.path(), sharedParse(ref.path()), account, budget, met);
    }
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
      String path,
      @Nullable ParseResult parsed,
      Account account,
      int[] budget,
      List<IncludeFinding> met) {
    if (parsed == null) {
      return;
    }
    used.add(path);
    checkIncludes(path, parsed, account, new ArrayList<>(List.of(path)), budget, met);
  }

  /**
   * Depth-first over the includes of one file: missing, escaping and cyclic includes, and the
   * include limits of {@link Includes} ({@code budget} counts the includes entered for the
   * account).
   */
  private void checkIncludes(
      String file,
      ParseResult parsed,
      Account account,
      List<String> stack,
      int[] budget,
      List<IncludeFinding> met) {
    for (Command command : Walker.commands(parsed.script())) {
      Includes.Include include = Includes.parse(command).orElse(null);
      if (include == null) {
        continue;
      }
      Location where = new Location(file, include.nameArgument().span());
      Includes.Resolution resolution = includes.resolve(include, account);
      // A name no server accepts (Outside) is the per-file rules' to report, model or not.
      if (resolution instanceof Includes.Resolution.Missing missing) {
        met.add(
            new IncludeFinding(
                "include-not-found",
                include.optional(),
                where,
                (include.global() ? "global" : "personal")
                    + " script \""
                    + include.name()
                    + "\" does not exist in "
                    + missing.searched()
                    + (include.optional()
                        ? "; :optional skips it, so whatever it should do never happens"
                        : "; the script fails at run time and the account falls back to keep")));
      } else if (resolution instanceof Includes.Resolution.Found f) {
        used.add(f.path());
        if (stack.contains(f.path())) {
          if (!include.once()) {
            List<String> chain =
                new ArrayList<>(stack.subList(stack.indexOf(f.path()), stack.size()));
            chain.add(f.path());
            met.add(
                new IncludeFinding(
                    "include-cycle",
                    false,
                    where,
                    "includes form a cycle: "
                        + String.join(" -> ", chain)
                        + "; the server fails the script at run time (RFC 6609 section 3.1)"));
          }
          continue;
        }
        ParseResult target = sharedParse(f.path());
        if (target == null) {
          continue;
        }
        if (stack.size() > Includes.MAX_DEPTH) {
          met.add(
              new IncludeFinding(
                  LIMIT_EXCEEDED, false, where, Includes.depthMessage(include.name())));
          continue;
        }
        if (--budget[0] < 0) {
          if (budget[0] == -1) {
            met.add(
                new IncludeFinding(
                    LIMIT_EXCEEDED, false, where, Includes.countMessage(include.name())));
          }
          continue;
        }
        stack.add(f.path());
        checkIncludes(f.path(), target, account, stack, budget, met);
        stack.remove(stack.size() - 1);
      }
    }
  }
}
