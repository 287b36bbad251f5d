package io.github.sievelint.lint;

import io.github.sievelint.spec.Names;
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

  /**
   * The message for a rule id no rule has, as read in {@code where} ("--select", "rules"): the
   * closest id as a suggestion, then where the list is.
   */
  public String unknownRule(String id, String where) {
    return "unknown rule '"
        + id
        + "' in "
        + where
        + didYouMean(id)
        + "; 'sievelint rules' lists them";
  }

  /** " (did you mean 'vacation-unguarded'?)" for a misspelt rule id, else nothing. */
  public String didYouMean(String id) {
    String hint = Names.suggest(id, byId.keySet().stream().sorted().toList());
    return hint == null ? "" : " (did you mean '" + hint + "'?)";
  }

  /**
   * Why option {@code name} = {@code value} of rule {@code id} cannot be used: the rule has no such
   * option (with the closest name and the sorted list of those it has) or the value has the wrong
   * type; empty when it can, and for ids no rule has (reported as unknown rules).
   */
  public Optional<String> optionProblem(String id, String name, Object value) {
    Rule rule = byId.get(id);
    if (rule == null) {
      return Optional.empty();
    }
    RuleInfo info = rule.info();
    Optional<RuleOption> option = info.option(name);
    if (option.isEmpty()) {
      List<String> names = info.options().stream().map(RuleOption::name).sorted().toList();
      if (names.isEmpty()) {
        return Optional.of("rule " + id + " has no options, so not '" + name + "'");
      }
      String hint = Names.suggest(name, names);
      return Optional.of(
          "rule "
              + id
              + " has no option '"
              + name
              + "'"
              + (hint == null ? "" : " (did you mean '" + hint + "'?)")
              + "; its options: "
              + String.join(", ", names));
    }
    return option.get().problem(value).map(why -> "option " + id + "." + name + " " + why);
  }
}
