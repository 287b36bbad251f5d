package io.github.sievelint.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules sievelint knows, in catalogue order; ids are unique. */
public final class RuleRegistry {

  private final List<Rule> rules;
  private final Map<String, Rule> byId = new HashMap<>();
  private final Map<String, Integer> positions = new HashMap<>();

  public RuleRegistry(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    for (Rule rule : this.rules) {
      if (byId.put(rule.info().id(), rule) != null) {
        throw new IllegalArgumentException("duplicate rule id " + rule.info().id());
      }
      positions.put(rule.info().id(), positions.size());
    }
  }

  /**
   * Where rule {@code id} stands in catalogue order, which is also the order the linter runs the
   * rules in; after every rule for an id not in the registry.
   */
  public int position(String id) {
    return positions.getOrDefault(id, rules.size());
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<RuleInfo> infos() {
    List<RuleInfo> out = new ArrayList<>();
    for (Rule rule : rules) {
      out.add(rule.info());
    }
    return out;
  }

  public Optional<Rule> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }
}
