package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.spec.Capability;
import io.github.sievelint.spec.Names;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.SieveLanguage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The capabilities a script requires: checks each name against the language and the server profile,
 * and after the walk tells which required capability nothing used.
 */
final class RequireCheck {

  private final SieveLanguage language;
  private final ServerProfile profile;
  private final Validation.Sink sink;

  /** The first {@code require} string naming each known capability, in source order. */
  private final Map<String, Argument.StringValue> required = new LinkedHashMap<>();

  /** Required capabilities plus what they imply. */
  private final Set<String> available = new HashSet<>();

  private final Set<String> credited = new HashSet<>();

  RequireCheck(SieveLanguage language, ServerProfile profile, Validation.Sink sink) {
    this.language = language;
    this.profile = profile;
    this.sink = sink;
  }

  /**
   * Reads every require of the script (misplaced ones too, so that one mistake does not cascade).
   */
  void collect(Script script) {
    Map<String, Argument.StringValue> seen = new LinkedHashMap<>();
    for (Command command : Walker.commands(script)) {
      if (!command.is("require")) {
        continue;
      }
      for (Argument argument : command.arguments().values()) {
        for (Argument.StringValue name : Argument.strings(argument)) {
          String cap = name.value().toLowerCase(Locale.ROOT);
          Argument.StringValue first = seen.putIfAbsent(cap, name);
          if (first != null) {
            sink.add(
                new ValidityProblem.RequiredTwice(
                    name.span(), name.value(), first.span().startLine()));
            continue;
          }
          check(name, cap);
        }
      }
    }
    for (String cap : List.copyOf(required.keySet())) {
      addWithImplied(cap);
    }
    for (Map.Entry<String, Argument.StringValue> e : required.entrySet()) {
      Capability capability = language.capability(e.getKey()).orElseThrow();
      List<String> missing = new ArrayList<>();
      for (String need : capability.needs()) {
        if (!available.contains(need)) {
          missing.add(need);
        }
      }
      if (!missing.isEmpty()) {
        sink.add(new ValidityProblem.CapabilityNeeds(e.getValue().span(), e.getKey(), missing));
      }
      for (String conflict : capability.conflicts()) {
        Argument.StringValue other = required.get(conflict);
        if (other != null) {
          Argument.StringValue later =
              other.span().start() > e.getValue().span().start() ? other : e.getValue();
          sink.add(
              new ValidityProblem.ConflictingCapability(
                  later.span(), e.getKey(), conflict, capability.deprecated()));
        }
      }
    }
  }

  private void check(Argument.StringValue name, String cap) {
    Optional<Capability> known = language.capability(cap);
    if (known.isEmpty()) {
      if (language.isCommand(cap) && language.commands(cap).get(0).capabilities().isEmpty()) {
        sink.add(new ValidityProblem.CommandRequired(name.span(), name.value()));
        return;
      }
      String hint =
          Names.closest(cap, language.capabilities().stream().map(Capability::name).toList());
      sink.add(new ValidityProblem.UndefinedCapability(name.span(), name.value(), hint));
      return;
    }
    required.put(cap, name);
    if (!profile.supports(cap)) {
      sink.add(new ValidityProblem.UnsupportedCapability(name.span(), name.value(), profile.id()));
    }
  }

  private void addWithImplied(String cap) {
    if (!available.add(cap)) {
      return;
    }
    language.capability(cap).ifPresent(c -> c.implies().forEach(this::addWithImplied));
  }

  /** Required capabilities and what they imply. */
  Set<String> available() {
    return available;
  }

  /**
   * Notes a use of {@code cap}: the capability itself when it is required, otherwise the required
   * capabilities that imply it.
   */
  void credit(String cap) {
    if (required.containsKey(cap)) {
      credited.add(cap);
      return;
    }
    for (String r : required.keySet()) {
      if (language.capability(r).map(c -> c.implies().contains(cap)).orElse(false)) {
        credited.add(r);
      }
    }
  }

  /** Reports the required capabilities that nothing used; call after the walk. */
  void reportUnused() {
    for (Map.Entry<String, Argument.StringValue> e : required.entrySet()) {
      String cap = e.getKey();
      boolean tracked = language.capability(cap).map(Capability::tracked).orElse(false);
      if (!tracked || credited.contains(cap) || neededByOther(cap)) {
        continue;
      }
      sink.add(new ValidityProblem.UnusedCapability(e.getValue().span(), e.getValue().value()));
    }
  }

  /** A capability that another required one needs ("variables" for "extracttext") is used by it. */
  private boolean neededByOther(String cap) {
    for (String r : required.keySet()) {
      if (credited.contains(r)
          && language.capability(r).map(c -> c.needs().contains(cap)).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
