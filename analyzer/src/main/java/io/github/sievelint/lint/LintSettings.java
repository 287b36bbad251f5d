package io.github.sievelint.lint;

import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.ServerProfiles;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the user chose: the target server, which rules run, at which severity, with which options. A
 * rule whose severity is {@code off} is simply absent from {@code enabled}.
 */
public record LintSettings(
    ServerProfile server,
    Set<String> select,
    Set<String> ignore,
    Map<String, Severity> severities,
    Map<String, Map<String, Object>> options) {

  /** Every rule at its default severity with default options. */
  public static final LintSettings DEFAULTS =
      new LintSettings(ServerProfiles.GENERIC, Set.of(), Set.of(), Map.of(), Map.of());

  public LintSettings {
    select = Set.copyOf(select);
    ignore = Set.copyOf(ignore);
    severities = Map.copyOf(severities);
    options = Map.copyOf(options);
  }

  /** The same settings for another server. */
  public LintSettings withServer(ServerProfile profile) {
    return new LintSettings(profile, select, ignore, severities, options);
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
