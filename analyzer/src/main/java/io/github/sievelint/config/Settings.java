package io.github.sievelint.config;

import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.ServerProfiles;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Turns merged configuration values into the settings the linter runs with. */
public final class Settings {

  private Settings() {}

  /** The lint settings {@code values} describe; a rule set to {@code off} is ignored. */
  public static LintSettings of(ConfigValues values) {
    ServerProfile server =
        values.server() == null
            ? ServerProfiles.GENERIC
            : ServerProfiles.byId(values.server()).orElse(ServerProfiles.GENERIC);
    Set<String> select = values.select() == null ? Set.of() : new LinkedHashSet<>(values.select());
    Set<String> ignore = new LinkedHashSet<>(values.ignore());
    Map<String, Severity> severities = new HashMap<>();
    Map<String, Map<String, Object>> options = new HashMap<>();
    values
        .rules()
        .forEach(
            (id, rule) -> {
              Severity severity = rule.severity();
              if (Boolean.FALSE.equals(rule.enabled())) {
                ignore.add(id);
              } else if (severity != null) {
                severities.put(id, severity);
              }
              if (!rule.options().isEmpty()) {
                options.put(id, rule.options());
              }
            });
    return new LintSettings(
        server, select, ignore, severities, options, values.server() != null, null);
  }
}
