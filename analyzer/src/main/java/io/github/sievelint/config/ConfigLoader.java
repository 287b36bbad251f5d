package io.github.sievelint.config;

import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.model.Manifests;
import io.github.sievelint.model.SafeYaml;
import io.github.sievelint.report.Formats;
import io.github.sievelint.source.FileErrors;
import io.github.sievelint.spec.Names;
import io.github.sievelint.spec.ServerProfiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code .sievelint.yaml} files and the {@code rules:} section of a {@code sievelint.yaml}
 * manifest, checking every key and value and naming the file and line of anything wrong.
 *
 * <p>SnakeYAML only composes the node tree here, under the limits of {@link SafeYaml}: no Java
 * object is ever constructed from a tag.
 */
public final class ConfigLoader {

  /** The file searched for in every folder. */
  public static final String FILE_NAME = ".sievelint.yaml";

  /** The model manifest, whose {@code rules:} and {@code server:} are read too. */
  public static final String MANIFEST_NAME = "sievelint.yaml";

  /** Every key a {@code .sievelint.yaml} may hold, in the order documentation lists them. */
  public static final List<String> KEYS =
      List.of(
          "version",
          "root",
          "format",
          "output",
          "reports",
          "failOn",
          "exitZero",
          "server",
          "select",
          "ignore",
          "baseline",
          "color",
          "quiet",
          "statistics",
          "jobs",
          "model",
          "rules");

  /** " (did you mean 'failOn'?)" for a misspelt key, else nothing. */
  private static String didYouMean(String key) {
    String hint = io.github.sievelint.spec.Names.suggest(key, KEYS.stream().sorted().toList());
    return hint == null ? "" : " (did you mean '" + hint + "'?)";
  }

  /**
   * The values of {@code failOn}, {@code --fail-on} and the Maven plugin's {@code failOnSeverity}.
   */
  public static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");

  static final List<String> COLOR = List.of("auto", "always", "never");

  private final RuleRegistry registry;
  private final Path displayBase;
  private final Manifests manifests;

  /**
   * {@code displayBase} is the folder that file names in messages are relative to; manifests are
   * composed by a {@link Manifests} of this loader's own.
   */
  public ConfigLoader(RuleRegistry registry, Path displayBase) {
    this(registry, displayBase, new Manifests());
  }

  /**
   * Like {@link #ConfigLoader(RuleRegistry, Path)}, taking the composed manifests from {@code
   * manifests}, which the run's model loading shares, so that each manifest is composed once.
   */
  public ConfigLoader(RuleRegistry registry, Path displayBase, Manifests manifests) {
    this.registry = registry;
    this.displayBase = displayBase.toAbsolutePath().normalize();
    this.manifests = manifests;
  }

  /** Where this loader takes the composed manifests from. */
  public Manifests manifests() {
    return manifests;
  }

  /** Reads a {@code .sievelint.yaml} (or a file named with {@code --config}). */
  public ConfigValues load(Path file) throws ConfigException {
    return read(file, false);
  }

  /** Reads only {@code rules:} and {@code server:} of a model manifest; other keys are its own. */
  public ConfigValues loadManifest(Path file) throws ConfigException {
    return read(file, true);
  }

  private ConfigValues read(Path file, boolean manifest) throws ConfigException {
    Path absolute = file.toAbsolutePath().normalize();
    String name = display(absolute);
    Node root;
    try {
      root = manifest ? manifests.compose(absolute) : compose(absolute);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where = mark == null ? name : name + ":" + (mark.getLine() + 1);
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new ConfigException(where + ": not valid YAML: " + problem, e);
    } catch (YAMLException e) {
      throw new ConfigException(name + ": not valid YAML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read: " + FileErrors.describe(e), e);
    }
    ConfigValues values = ConfigValues.EMPTY;
    if (root == null) {
      return withSource(values, absolute);
    }
    Reading r = new Reading(name, absolute.getParent() == null ? absolute : absolute.getParent());
    return withSource(r.document(root, manifest), absolute);
  }

  private static @Nullable Node compose(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return SafeYaml.compose(reader);
    }
  }

  private static ConfigValues withSource(ConfigValues v, Path file) {
    return new ConfigValues(
        List.of(file),
        v.root(),
        v.format(),
        v.output(),
        v.reports(),
        v.failOn(),
        v.exitZero(),
        v.server(),
        v.select(),
        v.ignore(),
        v.baseline(),
        v.color(),
        v.quiet(),
        v.statistics(),
        v.jobs(),
        v.rules(),
        v.model());
  }

  private String display(Path absolute) {
    Path shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  /** The walk over one document, which knows the file for messages and paths. */
  private final class Reading {
    private final String name;
    private final Path folder;

    Reading(String name, Path folder) {
      this.name = name;
      this.folder = folder;
    }

    ConfigException error(Node node, String message) {
      return new ConfigException(name + ":" + (node.getStartMark().getLine() + 1) + ": " + message);
    }

    ConfigValues document(Node root, boolean manifest) throws ConfigException {
      Map<String, NodeTuple> map = mapping(root, "the file");
      boolean isRoot = false;
      String format = null;
      Path output = null;
      Map<String, Path> reports = new LinkedHashMap<>();
      String failOn = null;
      Boolean exitZero = null;
      String server = null;
      List<String> select = null;
      List<String> ignore = List.of();
      Path baseline = null;
      String color = null;
      Boolean quiet = null;
      Boolean statistics = null;
      Integer jobs = null;
      Boolean model = null;
      Map<String, RuleConfig> rules = Map.of();
      for (Map.Entry<String, NodeTuple> entry : map.entrySet()) {
        String key = entry.getKey();
        Node value = entry.getValue().getValueNode();
        if (manifest) {
          if (key.equals("rules")) {
            rules = rules(value);
          } else if (key.equals("server")) {
            server = server(value);
          }
          continue;
        }
        switch (key) {
          case "version" -> {
            if (!"1".equals(scalar(value, key))) {
              throw error(value, "version must be 1");
            }
          }
          case "root" -> isRoot = bool(value, key);
          case "format" -> format = choice(value, key, Formats.NAMES);
          case "output" -> output = path(value, key);
          case "reports" -> reports = reports(value);
          case "failOn" -> failOn = choice(value, key, FAIL_ON);
          case "exitZero" -> exitZero = bool(value, key);
          case "server" -> server = server(value);
          case "select" -> select = ruleIds(value, key);
          case "ignore" -> ignore = ruleIds(value, key);
          case "baseline" -> baseline = path(value, key);
          case "color" -> color = choice(value, key, COLOR);
          case "quiet" -> quiet = bool(value, key);
          case "statistics" -> statistics = bool(value, key);
          case "jobs" -> {
            long n = integer(value, key);
            if (n < 1 || n > 256) {
              throw error(value, "jobs must be between 1 and 256");
            }
            jobs = (int) n;
          }
          case "model" -> model = bool(value, key);
          case "rules" -> rules = rules(value);
          default ->
              throw error(
                  entry.getValue().getKeyNode(),
                  "unknown key '"
                      + key
                      + "'"
                      + didYouMean(key)
                      + "; known keys: "
                      + String.join(", ", KEYS.stream().sorted().toList()));
        }
      }
      return new ConfigValues(
          List.of(),
          isRoot,
          format,
          output,
          reports,
          failOn,
          exitZero,
          server,
          select,
          ignore,
          baseline,
          color,
          quiet,
          statistics,
          jobs,
          rules,
          model);
    }

    Map<String, NodeTuple> mapping(Node node, String what) throws ConfigException {
      if (!(node instanceof MappingNode m)) {
        throw error(node, what + " must be a mapping of keys to values");
      }
      Map<String, NodeTuple> out = new LinkedHashMap<>();
      for (NodeTuple tuple : m.getValue()) {
        String key = scalar(tuple.getKeyNode(), "a key");
        if (out.put(key, tuple) != null) {
          throw error(tuple.getKeyNode(), "duplicate key '" + key + "'");
        }
      }
      return out;
    }

    String scalar(Node node, String what) throws ConfigException {
      if (!(node instanceof ScalarNode s)) {
        throw error(node, what + " must be a single value, not a list or mapping");
      }
      Tag tag = s.getTag();
      if (!tag.equals(Tag.STR)
          && !tag.equals(Tag.INT)
          && !tag.equals(Tag.BOOL)
          && !tag.equals(Tag.FLOAT)
          && !tag.equals(Tag.NULL)) {
        throw error(node, what + " has the unsupported tag " + tag.getValue());
      }
      if (tag.equals(Tag.NULL)) {
        throw error(node, what + " has no value");
      }
      return s.getValue();
    }

    boolean bool(Node node, String key) throws ConfigException {
      String text = scalar(node, key);
      if (node.getTag().equals(Tag.BOOL)) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes") || text.equals("on");
      }
      throw error(node, key + " must be true or false, not '" + text + "'");
    }

    long integer(Node node, String key) throws ConfigException {
      String text = scalar(node, key);
      try {
        return Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        throw error(node, key + " must be a whole number, not '" + text + "'");
      }
    }

    String choice(Node node, String key, List<String> allowed) throws ConfigException {
      String text = scalar(node, key).toLowerCase(Locale.ROOT);
      if (!allowed.contains(text)) {
        throw error(
            node, key + " must be one of " + String.join(", ", allowed) + ", not '" + text + "'");
      }
      return text;
    }

    String server(Node node) throws ConfigException {
      String text = scalar(node, "server");
      if (ServerProfiles.byId(text).isEmpty()) {
        throw error(
            node,
            "unknown server profile '"
                + text
                + "'"
                + Names.didYouMean(text, ServerProfiles.ids())
                + "; choose one of "
                + String.join(", ", ServerProfiles.ids()));
      }
      return text.trim().toLowerCase(Locale.ROOT);
    }

    Path path(Node node, String key) throws ConfigException {
      String text = scalar(node, key);
      try {
        return folder.resolve(text).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        throw error(node, key + " is not a valid path: " + text);
      }
    }

    List<Node> sequence(Node node, String key) throws ConfigException {
      if (node instanceof SequenceNode s) {
        return s.getValue();
      }
      if (node instanceof ScalarNode) {
        return List.of(node);
      }
      throw error(node, key + " must be a list");
    }

    List<String> ruleIds(Node node, String key) throws ConfigException {
      List<String> ids = new ArrayList<>();
      for (Node item : sequence(node, key)) {
        for (String part : scalar(item, key).split(",", -1)) {
          String id = part.trim().toLowerCase(Locale.ROOT);
          if (id.isEmpty()) {
            continue;
          }
          if (!registry.contains(id)) {
            throw error(item, registry.unknownRule(id, key));
          }
          ids.add(id);
        }
      }
      return ids;
    }

    Map<String, Path> reports(Node node) throws ConfigException {
      Map<String, Path> out = new LinkedHashMap<>();
      if (node instanceof MappingNode) {
        for (Map.Entry<String, NodeTuple> e : mapping(node, "reports").entrySet()) {
          String format = e.getKey().toLowerCase(Locale.ROOT);
          if (!Formats.NAMES.contains(format)) {
            throw error(e.getValue().getKeyNode(), unknownFormat(format));
          }
          out.put(format, path(e.getValue().getValueNode(), "reports." + format));
        }
        return out;
      }
      for (Node item : sequence(node, "reports")) {
        String text = scalar(item, "reports");
        int eq = text.indexOf('=');
        String format = eq < 0 ? "" : text.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        if (eq < 0 || !Formats.NAMES.contains(format)) {
          throw error(
              item, eq < 0 ? "a report must be written FORMAT=FILE" : unknownFormat(format));
        }
        out.put(format, folder.resolve(text.substring(eq + 1).trim()).normalize());
      }
      return out;
    }

    private String unknownFormat(String format) {
      return "unknown report format '"
          + format
          + "'"
          + Names.didYouMean(format, Formats.NAMES)
          + "; choose one of "
          + String.join(", ", Formats.NAMES);
    }

    Map<String, RuleConfig> rules(Node node) throws ConfigException {
      Map<String, RuleConfig> out = new LinkedHashMap<>();
      for (Map.Entry<String, NodeTuple> e : mapping(node, "rules").entrySet()) {
        String id = e.getKey().toLowerCase(Locale.ROOT);
        Node key = e.getValue().getKeyNode();
        if (!registry.contains(id)) {
          throw error(key, registry.unknownRule(id, "rules"));
        }
        Node body = e.getValue().getValueNode();
        if (body instanceof ScalarNode) {
          // Shorthand: "rule-id: warning" or "rule-id: off".
          out.put(id, severity(body, id, new LinkedHashMap<>()));
          continue;
        }
        Map<String, Object> options = new LinkedHashMap<>();
        RuleConfig rule = RuleConfig.EMPTY;
        for (Map.Entry<String, NodeTuple> o : mapping(body, "rules." + id).entrySet()) {
          Node value = o.getValue().getValueNode();
          if (o.getKey().equals("severity")) {
            rule = severity(value, id, options);
          } else if (o.getKey().equals("ignore")) {
            // Not an option: the paths whose findings of a repository rule the manifest drops
            // (lint/RepositorySuppressions).
            Object paths = optionValue(value, id + ".ignore");
            if (!(paths instanceof List<?>) && !(paths instanceof String)) {
              throw error(o.getValue().getKeyNode(), "rules." + id + ".ignore is a list of paths");
            }
            options.put("ignore", paths instanceof String one ? List.of(one) : paths);
          } else {
            Object option = optionValue(value, id + "." + o.getKey());
            Optional<String> problem = registry.optionProblem(id, o.getKey(), option);
            if (problem.isPresent()) {
              throw error(o.getValue().getKeyNode(), problem.get());
            }
            options.put(o.getKey(), option);
          }
        }
        out.put(id, new RuleConfig(rule.enabled(), rule.severity(), options));
      }
      return out;
    }

    private RuleConfig severity(Node node, String id, Map<String, Object> options)
        throws ConfigException {
      // YAML 1.1 reads a bare off as false; both mean the rule is off.
      String text = scalar(node, "rules." + id + ".severity").toLowerCase(Locale.ROOT);
      if (text.equals("off") || text.equals("false")) {
        return new RuleConfig(false, null, options);
      }
      Severity severity =
          Severity.parse(text)
              .orElseThrow(
                  () ->
                      error(
                          node,
                          "severity of "
                              + id
                              + " must be error, warning, info or off, not '"
                              + text
                              + "'"));
      return new RuleConfig(true, severity, options);
    }

    private Object optionValue(Node node, String what) throws ConfigException {
      if (node instanceof SequenceNode s) {
        List<Object> items = new ArrayList<>();
        for (Node item : s.getValue()) {
          items.add(scalarValue(item, what));
        }
        return List.copyOf(items);
      }
      return scalarValue(node, what);
    }

    private Object scalarValue(Node node, String what) throws ConfigException {
      String text = scalar(node, what);
      Tag tag = node.getTag();
      try {
        if (tag.equals(Tag.INT)) {
          return Long.parseLong(text.replace("_", ""));
        }
        if (tag.equals(Tag.FLOAT)) {
          return Double.parseDouble(text.replace("_", ""));
        }
      } catch (NumberFormatException e) {
        throw error(node, what + " is not a number this reader understands: " + text);
      }
      if (tag.equals(Tag.BOOL)) {
        return bool(node, what);
      }
      return text;
    }
  }
}
