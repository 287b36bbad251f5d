package io.github.sievelint.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The mail system a config repository describes (docs/model.md): which accounts exist at which
 * addresses, which script each runs, the MTA aliases and catch-alls, the global scripts, and the
 * problems met while reading all that.
 *
 * @param paths the repository root every relative path starts from, with what is known of its files
 *     (the repository pass asks again about the scripts the model checked)
 * @param source how the model was found: {@code sievelint.yaml} or the name of a detected layout
 * @param manifest the manifest file, relative, if the model came from one
 * @param server the server profile id the manifest names, if any
 * @param domains the managed domains: mail for them is delivered here
 * @param delimiters the recipient delimiter characters (RFC 5233)
 * @param accounts the accounts, sorted by primary address
 * @param aliases MTA aliases: normalized address to its targets (expanded recursively)
 * @param catchAll catch-all target per managed domain
 * @param globalBefore scripts that run before every personal script, in order
 * @param globalAfter scripts that run after every personal script, in order
 * @param globalIncludeDir where {@code include :global} looks, relative; null when nowhere
 * @param rules per-rule settings from the manifest's {@code rules:} section
 * @param problems what was wrong with the sources
 */
public record MailModel(
    RepositoryPaths paths,
    String source,
    @Nullable String manifest,
    @Nullable String server,
    Set<String> domains,
    String delimiters,
    List<Account> accounts,
    Map<String, List<AliasTarget>> aliases,
    Map<String, AliasTarget> catchAll,
    List<ScriptRef> globalBefore,
    List<ScriptRef> globalAfter,
    @Nullable String globalIncludeDir,
    Map<String, Map<String, Object>> rules,
    List<ModelProblem> problems) {

  /** A script named somewhere in the model, with the line that names it. */
  public record ScriptRef(String path, Location where) {}

  /** The repository root every relative path starts from. */
  public Path root() {
    return paths.root();
  }

  public MailModel {
    domains = Set.copyOf(domains);
    accounts = List.copyOf(accounts);
    aliases = Collections.unmodifiableMap(new HashMap<>(aliases));
    catchAll = Map.copyOf(catchAll);
    globalBefore = List.copyOf(globalBefore);
    globalAfter = List.copyOf(globalAfter);
    rules = Map.copyOf(rules);
    problems = List.copyOf(problems);
  }

  /** Whether mail for {@code domain} (normalized) is delivered by this system. */
  public boolean managed(String domain) {
    return domains.contains(domain);
  }

  /** Parses and normalizes an address with this system's delimiters. */
  public Optional<Address> address(String raw) {
    return Address.parse(raw, delimiters, false);
  }

  /** Every account by each of its addresses (primary and account aliases). */
  public Map<String, Account> accountsByAddress() {
    Map<String, Account> out = new HashMap<>();
    for (Account account : accounts) {
      out.putIfAbsent(account.address(), account);
      for (AliasTarget alias : account.aliases()) {
        out.putIfAbsent(alias.target(), account);
      }
    }
    return out;
  }
}
