package io.github.sievelint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's composite GitHub Action, {@code action.yml}, read as a plain YAML tree. */
final class ActionFile {

  /** A {@code ${{ ... }}} expression; group 1 is its body. */
  static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

  private final Map<String, Object> root;

  private ActionFile(Map<String, Object> root) {
    this.root = root;
  }

  static ActionFile load() {
    Path file = ProjectRoot.get().resolve("action.yml");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    return new ActionFile(map(tree, "action.yml"));
  }

  Map<String, Object> root() {
    return root;
  }

  Map<String, Object> runs() {
    return child(root, "runs");
  }

  /** The declared inputs by name. */
  Map<String, Map<String, Object>> inputs() {
    Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
    child(root, "inputs").forEach((k, v) -> inputs.put(k, map(v, "input " + k)));
    return inputs;
  }

  List<Map<String, Object>> steps() {
    if (!(runs().get("steps") instanceof List<?> steps)) {
      throw new AssertionError("runs.steps is not a list");
    }
    List<Map<String, Object>> result = new ArrayList<>();
    for (Object step : steps) {
      result.add(map(step, "a step"));
    }
    return result;
  }

  Map<String, Object> step(String id) {
    return steps().stream()
        .filter(s -> id.equals(s.get("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step with id " + id));
  }

  /** A step's {@code env:} with every value a string. */
  static Map<String, String> env(Map<String, Object> step) {
    Map<String, String> env = new LinkedHashMap<>();
    Object value = step.get("env");
    if (value != null) {
      map(value, "env").forEach((k, v) -> env.put(k, String.valueOf(v)));
    }
    return env;
  }

  /** The bodies of the {@code ${{ }}} expressions in {@code text}. */
  static List<String> expressions(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object value, String what) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new AssertionError(what + " is not a mapping: " + value);
    }
    return (Map<String, Object>) map;
  }

  /** The mapping under {@code key}, which must be there. */
  static Map<String, Object> child(Map<String, ?> parent, String key) {
    return map(parent.get(key), key);
  }

  /** The value under {@code key} as text, which must be there. */
  static String text(Map<String, ?> parent, String key) {
    Object value = parent.get(key);
    if (value == null) {
      throw new AssertionError("no " + key + " in " + parent);
    }
    return String.valueOf(value);
  }
}
