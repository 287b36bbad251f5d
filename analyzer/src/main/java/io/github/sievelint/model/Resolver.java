package io.github.sievelint.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Resolves addresses in the model (docs/model.md, addresses, step 5): the exact address, then the
 * MTA aliases, then an account's address or alias, then the address without its detail, then the
 * catch-all of its domain. Every step keeps its evidence.
 */
public final class Resolver {

  /** What kind of node an address reaches first. */
  public enum Kind {
    ACCOUNT,
    ALIAS,
    /** A managed domain's address that nothing receives: the mail bounces. */
    UNKNOWN_LOCAL,
    /** A managed domain's address that only the catch-all receives. */
    CATCH_ALL,
    EXTERNAL
  }

  /** One step of a resolution and the file line that justifies it. */
  public record Step(String text, @Nullable Location where) {
    @Override
    public String toString() {
      return where == null ? text : text + " (" + where.shortText() + ")";
    }
  }

  /**
   * The node an address reaches first.
   *
   * @param node the node key: an account's primary address, an alias key, or the address without
   *     its detail
   * @param catchAll the catch-all that takes the mail, for {@link Kind#CATCH_ALL}
   */
  public record Target(Kind kind, String node, List<Step> steps, @Nullable AliasTarget catchAll) {}

  /**
   * Where mail to an address finally lands when only the MTA acts (no scripts).
   *
   * @param accounts every account reached, each with the steps that lead there
   * @param external external addresses reached
   * @param unknown managed addresses reached that nothing receives
   * @param viaCatchAll accounts reached only through a catch-all
   */
  public record Delivery(
      Map<String, List<Step>> accounts,
      List<String> external,
      List<String> unknown,
      List<String> viaCatchAll) {}

  private final MailModel model;
  private final Map<String, Account> byAddress;

  public Resolver(MailModel model) {
    this.model = model;
    this.byAddress = model.accountsByAddress();
  }

  public MailModel model() {
    return model;
  }

  /** The account whose primary address or account alias is {@code address}, if any. */
  public Optional<Account> account(String address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  /** Parses a raw address with the model's delimiters. */
  public Optional<Address> parse(String raw) {
    return model.address(raw);
  }

  /** The first node mail to {@code address} reaches. */
  public Target target(Address address) {
    List<Step> steps = new ArrayList<>();
    List<String> keys =
        address.detail() == null
            ? List.of(address.full())
            : List.of(address.full(), address.base());
    for (String key : keys) {
      if (!key.equals(address.full())) {
        steps.add(new Step("detail '" + address.detail() + "' dropped: " + key, null));
      }
      List<AliasTarget> alias = model.aliases().get(key);
      if (alias != null) {
        steps.add(new Step(key + " is an alias", alias.get(0).where()));
        return new Target(Kind.ALIAS, key, steps, null);
      }
      Account account = byAddress.get(key);
      if (account != null) {
        if (!account.address().equals(key)) {
          Location where =
              account.aliases().stream()
                  .filter(a -> a.target().equals(key))
                  .map(AliasTarget::where)
                  .findFirst()
                  .orElse(account.where());
          steps.add(new Step(key + " is an address of account " + account.address(), where));
        }
        return new Target(Kind.ACCOUNT, account.address(), steps, null);
      }
    }
    String base = address.base();
    AliasTarget catchAll = model.catchAll().get(address.domain());
    if (catchAll != null) {
      steps.add(
          new Step(
              "only the catch-all of " + address.domain() + " takes " + base, catchAll.where()));
      return new Target(Kind.CATCH_ALL, base, steps, catchAll);
    }
    if (model.managed(address.domain())) {
      return new Target(Kind.UNKNOWN_LOCAL, base, steps, null);
    }
    return new Target(Kind.EXTERNAL, base, steps, null);
  }

  /** Follows aliases and catch-alls from {@code address} to the accounts that receive it. */
  public Delivery deliver(Address address) {
    Target first = target(address);
    // Most addresses reach an account, or leave the system, directly: nothing to expand.
    switch (first.kind) {
      case ACCOUNT -> {
        return new Delivery(
            Map.of(first.node, List.copyOf(first.steps)), List.of(), List.of(), List.of());
      }
      case EXTERNAL -> {
        return new Delivery(Map.of(), List.of(first.node), List.of(), List.of());
      }
      case UNKNOWN_LOCAL -> {
        return new Delivery(Map.of(), List.of(), List.of(first.node), List.of());
      }
      default -> {
        // aliases and catch-alls expand below
      }
    }
    Map<String, List<Step>> accounts = new LinkedHashMap<>();
    TreeSet<String> external = new TreeSet<>();
    TreeSet<String> unknown = new TreeSet<>();
    TreeSet<String> viaCatchAll = new TreeSet<>();
    Map<String, Boolean> visited = new HashMap<>();
    // The steps to each address are a chain back to the start, shared by the addresses reached
    // from it and made into a list only for an account: a chain of n aliases costs n, not n * n.
    record Trail(Step step, @Nullable Trail before) {
      static @Nullable Trail of(@Nullable Trail before, List<Step> steps) {
        Trail out = before;
        for (Step step : steps) {
          out = new Trail(step, out);
        }
        return out;
      }

      static List<Step> list(@Nullable Trail last) {
        List<Step> out = new ArrayList<>();
        for (Trail t = last; t != null; t = t.before) {
          out.add(t.step);
        }
        Collections.reverse(out);
        return Collections.unmodifiableList(out);
      }
    }
    record Pending(Address address, @Nullable Trail steps, boolean catchAll) {}
    Deque<Pending> queue = new ArrayDeque<>();
    queue.add(new Pending(address, null, false));
    while (!queue.isEmpty()) {
      Pending next = queue.poll();
      Target target = target(next.address);
      if (visited.putIfAbsent(target.kind + " " + target.node, Boolean.TRUE) != null) {
        continue;
      }
      Trail steps = Trail.of(next.steps, target.steps);
      switch (target.kind) {
        case ACCOUNT -> {
          accounts.putIfAbsent(target.node, Trail.list(steps));
          if (next.catchAll) {
            viaCatchAll.add(target.node);
          }
        }
        case EXTERNAL -> external.add(target.node);
        case UNKNOWN_LOCAL -> unknown.add(target.node);
        case ALIAS -> {
          for (AliasTarget t : model.aliases().getOrDefault(target.node, List.of())) {
            Optional<Address> parsed = parse(t.target());
            if (parsed.isPresent()) {
              Trail more =
                  new Trail(new Step(target.node + " expands to " + t.target(), t.where()), steps);
              queue.add(new Pending(parsed.get(), more, next.catchAll));
            }
          }
        }
        case CATCH_ALL -> {
          AliasTarget t = target.catchAll;
          Optional<Address> parsed = t == null ? Optional.empty() : parse(t.target());
          if (parsed.isPresent()) {
            queue.add(new Pending(parsed.get(), steps, true));
          }
        }
      }
    }
    viaCatchAll.removeIf(a -> !accounts.containsKey(a));
    return new Delivery(
        accounts, List.copyOf(external), List.copyOf(unknown), List.copyOf(viaCatchAll));
  }
}
