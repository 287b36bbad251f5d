package io.github.sievelint.graph;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.flow.Flow;
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

  private final MailModel model;
  private final Resolver resolver;
  private final Includes includes;
  private final ScriptSource source;
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
   * {@link #scan} of one account; should it throw, its include problems are dropped, and the
   * failure is kept for {@link #failures()}.
   */
  private void contained(Account account) {
    IncludeCheck met = new IncludeCheck(includes, account, this::sharedParse, used::add);
    try {
      scan(account, met);
      includeProblems.addAll(met.problems());
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
  private void scan(Account account, IncludeCheck met) {
    String personal = account.script();
    if (personal != null && source.quiet(personal) && quietGlobals()) {
      // Known quiet scripts hold no include: note the scripts the account runs, and stop there.
      useReadable(model.globalBefore());
      used.add(personal);
      useReadable(model.globalAfter());
      return;
    }
    for (MailModel.ScriptRef ref : model.globalBefore()) {
      addPart(ref.path(), sharedParse(ref.path()), met);
    }
    if (personal != null) {
      addPart(personal, source.parse(personal), met);
    }
    for (MailModel.ScriptRef ref : model.globalAfter()) {
      addPart(ref.path(), sharedParse(ref.path()), met);
    }
  }

  /** The responding commands the graph is made of, and include, which brings in more of them. */
  private static final Set<String> WALKED = walked();

  private static Set<String> walked() {
    Set<String> out = new java.util.HashSet<>(Flow.RESPONDING);
    out.add("include");
    return Set.copyOf(out);
  }

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

  private void addPart(String path, @Nullable ParseResult parsed, IncludeCheck met) {
    if (parsed == null) {
      return;
    }
    used.add(path);
    met.check(path, parsed);
  }
}
