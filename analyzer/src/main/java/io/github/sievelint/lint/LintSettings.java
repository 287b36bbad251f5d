package io.github.sievelint.lint;

import io.github.sievelint.lint.ServerInference.Inferred;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.ServerProfiles;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the user chose: the target server, which rules run, at which severity, with which options. A
 * rule whose severity is {@code off} is simply absent from {@code enabled}.
 *
 * @param serverChosen whether the user (command line, configuration or manifest) named the server;
 *     when not, a script's vendor extensions may imply one ({@link ServerInference})
 * @param inferred why {@code server} was inferred for the script at hand, or null when it was not
 */
public record LintSettings(
    ServerProfile server,
    Set<String> select,
    Set<String> ignore,
    Map<String, Severity> severities,
    Map<String, Map<String, Object>> options,
    boolean serverChosen,
    @Nullable Inferred inferred) {

  /** Every rule at its default severity with default options. */
  public static final LintSettings DEFAULTS =
      new LintSettings(ServerProfiles.GENERIC, Set.of(), Set.of(), Map.of(), Map.of());

  public LintSettings {
    select = Set.copyOf(select);
    ignore = Set.copyOf(ignore);
    severities = Map.copyOf(severities);
    options = Map.copyOf(options);
  }

  /**
   * Settings whose server counts as chosen unless it is the generic default (tests and callers that
   * name a profile mean it).
   */
  public LintSettings(
      ServerProfile server,
      Set<String> select,
      Set<String> ignore,
      Map<String, Severity> severities,
      Map<String, Map<String, Object>> options) {
    this(server, select, ignore, severities, options, !server.equals(ServerProfiles.GENERIC), null);
  }

  /** The same settings for another server, chosen by the user. */
  public LintSettings withServer(ServerProfile profile) {
    return new LintSettings(profile, select, ignore, severities, options, true, null);
  }

  /** The same settings on a server a script implies. */
  LintSettings inferred(Inferred why) {
    return new LintSettings(why.profile(), select, ignore, severities, options, false, why);
  }

  /**
   * The server as messages name it, {@code noun} being "server" or "profile": {@code dovecot-2.3
   * server}, or {@code dovecot-2.3 server (inferred from require "vnd.dovecot.pipe")} when the
   * script's vendor extension chose it.
   */
  public String serverLabel(String noun) {
    String named = server.id() + " " + noun;
    return inferred == null ? named : named + " (inferred from " + inferred.reason() + ")";
  }

  /** Whether rule {@code id} runs: selected (or no selection made) and not ignored. */
  public boolean enabled(String id) {
    return (select.isEmpty() || select.contains(id)) && !ignore.contains(id);
  }

  /** The severity rule {@code info} reports at. */
  public Severity severityOf(RuleInfo info) {
    return severities.getOrDefault(info.id(), info.defaultSeverity());
  }

  /** One option of one rule, if set. */
  public Optional<Object> option(String ruleId, String name) {
    Map<String, Object> ruleOptions = options.get(ruleId);
    return ruleOptions == null ? Optional.empty() : Optional.ofNullable(ruleOptions.get(name));
  }
}
