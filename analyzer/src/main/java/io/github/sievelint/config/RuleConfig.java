package io.github.sievelint.config;

import io.github.sievelint.lint.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one rule from a {@code rules:} section: a severity ({@code off} when {@code
 * enabled} is false) and options. Absent values inherit from farther configuration files.
 */
public record RuleConfig(
    @Nullable Boolean enabled, @Nullable Severity severity, Map<String, Object> options) {

  public static final RuleConfig EMPTY = new RuleConfig(null, null, Map.of());

  public RuleConfig {
    options = Map.copyOf(options);
  }

  /** This rule's settings over {@code farther}: what is set here wins, options merge. */
  public RuleConfig over(RuleConfig farther) {
    Map<String, Object> merged = new LinkedHashMap<>(farther.options);
    merged.putAll(options);
    return new RuleConfig(
        enabled != null ? enabled : farther.enabled,
        severity != null ? severity : farther.severity,
        merged);
  }

  /** The severity as written in files: a level, or {@code off}. */
  public @Nullable String severityLabel() {
    if (Boolean.FALSE.equals(enabled)) {
      return "off";
    }
    return severity == null ? null : severity.label();
  }
}
