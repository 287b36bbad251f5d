package io.github.sievelint.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Collects the facts of a model from a manifest, a layout and alias files, then freezes them. */
final class ModelBuilder {

  final RepositoryPaths paths;
  final String source;
  @Nullable String manifest;
  @Nullable String server;
  final Set<String> declaredDomains = new LinkedHashSet<>();
  String delimiters = "+";
  final Map<String, Account> accounts = new LinkedHashMap<>();
  final Map<String, List<AliasTarget>> aliases = new HashMap<>();
  final Map<String, AliasTarget> catchAll = new HashMap<>();
  final List<MailModel.ScriptRef> globalBefore = new ArrayList<>();
  final List<MailModel.ScriptRef> globalAfter = new ArrayList<>();
  @Nullable String globalIncludeDir;
  final Map<String, Map<String, Object>> rules = new HashMap<>();
  final List<ModelProblem> problems = new ArrayList<>();

  ModelBuilder(RepositoryPaths paths, String source) {
    this.paths = paths;
    this.source = source;
  }

  void problem(Location where, String message) {
    problems.add(new ModelProblem(ModelProblem.Kind.CONFIG, where, message));
  }

  Optional<Address> address(String raw) {
    return Address.parse(raw, delimiters, false);
  }

  /** Adds an MTA alias; a target that is not an address (a pipe, a file) is kept as written. */
  void alias(String key, String target, Location where) {
    Optional<Address> parsed = address(target);
    String normal = parsed.map(Address::full).orElse(target.trim());
    aliases.computeIfAbsent(key, k -> new ArrayList<>()).add(new AliasTarget(normal, where));
  }

  /** Adds or replaces an account. */
  void account(Account account) {
    accounts.put(account.address(), account);
  }

  MailModel build() {
    Set<String> domains = new LinkedHashSet<>(declaredDomains);
    for (Account account : accounts.values()) {
      domains.add(domainOf(account.address()));
      for (AliasTarget alias : account.aliases()) {
        domains.add(domainOf(alias.target()));
      }
    }
    for (String key : aliases.keySet()) {
      domains.add(domainOf(key));
    }
    domains.addAll(catchAll.keySet());
    domains.remove("");
    for (Account account : accounts.values()) {
      String script = account.script();
      if (script != null && !paths.isFile(script)) {
        problems.add(
            new ModelProblem(
                ModelProblem.Kind.MISSING_SCRIPT,
                account.scriptWhere(),
                "the script "
                    + script
                    + " of account "
                    + account.address()
                    + (RepositoryPaths.staysInside(script)
                        ? " does not exist"
                        : " lies outside the repository and is not read")
                    + ", so the account runs no personal script"));
      }
    }
    List<Account> sorted = new ArrayList<>(accounts.values());
    sorted.sort(Comparator.comparing(Account::address));
    problems.sort(Comparator.comparing(ModelProblem::where));
    return new MailModel(
        paths,
        source,
        manifest,
        server,
        domains,
        delimiters,
        sorted,
        aliases,
        catchAll,
        globalBefore,
        globalAfter,
        globalIncludeDir,
        rules,
        problems);
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "" : address.substring(at + 1);
  }
}
