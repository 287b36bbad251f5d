package io.github.sievelint.model;

import io.github.sievelint.source.FileErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code sievelint.yaml}. The YAML is composed into nodes ({@link SafeYaml}), never
 * constructed into objects, so nothing in the file can instantiate a class, and every node keeps
 * its line for the problems reported. Problems never stop the loading: what can be read is used.
 */
public final class ManifestLoader {

  /** The manifest's file name at the repository root. */
  public static final String FILE_NAME = "sievelint.yaml";

  private static final Set<String> SERVERS =
      Set.of("generic", "dovecot-2.3", "dovecot-2.4", "cyrus", "stalwart", "exim");
  private static final Set<String> ACCOUNT_KEYS =
      Set.of("aliases", "script", "includeDir", "responder");
  private static final Pattern SEVERITY = Pattern.compile("off|error|warning|info");

  private final ModelBuilder model;
  private final String file;

  private ManifestLoader(ModelBuilder model, String file) {
    this.model = model;
    this.file = file;
  }

  /**
   * Loads the manifest at the root of {@code root}, taking its composed YAML from {@code
   * manifests}.
   */
  public static MailModel load(Path root, Manifests manifests) {
    RepositoryPaths paths = new RepositoryPaths(root);
    ModelBuilder model = new ModelBuilder(paths, FILE_NAME);
    model.manifest = FILE_NAME;
    new ManifestLoader(model, FILE_NAME).read(manifests, paths.root().resolve(FILE_NAME));
    return model.build();
  }

  private void read(Manifests manifests, Path path) {
    Node root;
    try {
      root = manifests.compose(path);
    } catch (IOException e) {
      model.problem(
          Location.fileStart(file), "cannot read the manifest: " + FileErrors.describe(e));
      return;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location where = mark == null ? Location.fileStart(file) : at(mark, 1);
      model.problem(where, "the manifest is not valid YAML: " + e.getProblem());
      return;
    } catch (YAMLException e) {
      model.problem(Location.fileStart(file), "the manifest is not valid YAML: " + e.getMessage());
      return;
    }
    if (!(root instanceof MappingNode top)) {
      model.problem(
          root == null ? Location.fileStart(file) : where(root),
          "the manifest must be a mapping with at least 'version: 1'");
      return;
    }
    Map<String, NodeTuple> keys = keys(top);
    NodeTuple version = keys.get("version");
    if (version == null) {
      model.problem(where(top), "the manifest has no 'version: 1'");
    } else if (!"1".equals(scalar(version.getValueNode()))) {
      model.problem(where(version.getValueNode()), "unsupported manifest version; use 1");
    }
    // Domains and accounts first: aliases(5) names are qualified with the domains.
    String[] order = {
      "version",
      "server",
      "domains",
      "recipientDelimiter",
      "accounts",
      "aliases",
      "aliasFiles",
      "catchAll",
      "global",
      "rules"
    };
    for (String key : order) {
      NodeTuple tuple = keys.get(key);
      if (tuple != null) {
        section(key, tuple.getValueNode());
      }
    }
    for (Map.Entry<String, NodeTuple> entry : keys.entrySet()) {
      if (!List.of(order).contains(entry.getKey())) {
        model.problem(
            where(entry.getValue().getKeyNode()),
            "unknown key '"
                + entry.getKey()
                + "' in the manifest"
                + suggest(entry.getKey(), List.of(order))
                + "; known keys: "
                + sorted(List.of(order)));
      }
    }
  }

  /** A list for a message: sorted, so that it reads the same in every run. */
  private static String sorted(java.util.Collection<String> names) {
    return String.join(", ", names.stream().sorted().toList());
  }

  /** " (did you mean 'accounts'?)" for a misspelt key, else nothing. */
  private static String suggest(String name, java.util.Collection<String> names) {
    String hint = io.github.sievelint.spec.Names.suggest(name, names.stream().sorted().toList());
    return hint == null ? "" : " (did you mean '" + hint + "'?)";
  }

  private void section(String key, Node value) {
    switch (key) {
      case "server" -> server(value);
      case "domains" -> {
        for (Node item : strings(value)) {
          String text = scalar(item);
          Optional<String> domain = text == null ? Optional.empty() : Address.domain(text);
          if (domain.isEmpty()) {
            model.problem(where(item), "'" + text + "' is not a valid domain name");
          } else {
            model.declaredDomains.add(domain.get());
          }
        }
      }
      case "recipientDelimiter" -> {
        String text = scalar(value);
        if (text == null) {
          model.problem(where(value), "recipientDelimiter must be a string such as \"+\"");
        } else {
          model.delimiters = text;
        }
      }
      case "accounts" -> accounts(value);
      case "aliases" -> aliases(value);
      case "aliasFiles" -> aliasFiles(value);
      case "catchAll" -> catchAll(value);
      case "global" -> global(value);
      case "rules" -> rules(value);
      default -> {
        // version: checked above
      }
    }
  }

  private void server(Node value) {
    String text = scalar(value);
    if (text == null || !SERVERS.contains(text.toLowerCase(Locale.ROOT))) {
      model.problem(
          where(value),
          "unknown server '"
              + text
              + "'"
              + suggest(text == null ? "" : text, SERVERS)
              + "; choose one of "
              + sorted(SERVERS));
      return;
    }
    model.server = text.toLowerCase(Locale.ROOT);
  }

  private void accounts(Node value) {
    if (!(value instanceof MappingNode map)) {
      model.problem(where(value), "accounts must map each primary address to its settings");
      return;
    }
    for (NodeTuple tuple : map.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = scalar(keyNode);
      Optional<Address> address = key == null ? Optional.empty() : model.address(key);
      if (address.isEmpty()) {
        model.problem(where(keyNode), "account key '" + key + "' is not a valid address");
        continue;
      }
      String primary = address.get().full();
      if (model.accounts.containsKey(primary)) {
        model.problem(where(keyNode), "account " + primary + " is declared twice");
        continue;
      }
      Location declared = where(keyNode);
      Node settings = tuple.getValueNode();
      List<AliasTarget> aliases = new ArrayList<>();
      String script = null;
      Location scriptWhere = declared;
      String includeDir = null;
      boolean responder = false;
      if (settings instanceof MappingNode fields) {
        for (Map.Entry<String, NodeTuple> field : keys(fields).entrySet()) {
          Node v = field.getValue().getValueNode();
          switch (field.getKey()) {
            case "aliases" -> {
              for (Node item : strings(v)) {
                String text = scalar(item);
                Optional<Address> alias = text == null ? Optional.empty() : model.address(text);
                if (alias.isEmpty()) {
                  model.problem(where(item), "alias '" + text + "' is not a valid address");
                } else {
                  aliases.add(new AliasTarget(alias.get().full(), where(item)));
                }
              }
            }
            case "script" -> {
              script = relativePath(v, "script");
              scriptWhere = where(v);
            }
            case "includeDir" -> includeDir = folder(relativePath(v, "includeDir"));
            case "responder" -> responder = bool(v);
            default ->
                model.problem(
                    where(field.getValue().getKeyNode()),
                    "unknown key '"
                        + field.getKey()
                        + "' in account "
                        + primary
                        + suggest(field.getKey(), ACCOUNT_KEYS)
                        + "; known keys: "
                        + sorted(ACCOUNT_KEYS));
          }
        }
      } else if (!isNull(settings)) {
        model.problem(where(settings), "the settings of account " + primary + " must be a mapping");
      }
      if (includeDir == null) {
        includeDir = script == null ? "" : RepositoryPaths.folderOf(script);
      }
      model.account(
          new Account(primary, aliases, script, includeDir, responder, declared, scriptWhere));
    }
  }

  private void aliases(Node value) {
    if (!(value instanceof MappingNode map)) {
      model.problem(where(value), "aliases must map each address to its targets");
      return;
    }
    for (NodeTuple tuple : map.getValue()) {
      String key = scalar(tuple.getKeyNode());
      Optional<Address> address = key == null ? Optional.empty() : model.address(key);
      if (address.isEmpty()) {
        model.problem(where(tuple.getKeyNode()), "alias '" + key + "' is not a valid address");
        continue;
      }
      for (Node item : strings(tuple.getValueNode())) {
        String target = scalar(item);
        if (target != null) {
          model.alias(address.get().full(), target, where(item));
        }
      }
    }
  }

  private void aliasFiles(Node value) {
    if (!(value instanceof SequenceNode list)) {
      model.problem(where(value), "aliasFiles must be a list of {path, format}");
      return;
    }
    for (Node item : list.getValue()) {
      if (!(item instanceof MappingNode map)) {
        model.problem(where(item), "an alias file entry must be {path: ..., format: ...}");
        continue;
      }
      Map<String, NodeTuple> fields = keys(map);
      NodeTuple pathNode = fields.get("path");
      NodeTuple formatNode = fields.get("format");
      String format = formatNode == null ? "postfix-virtual" : scalar(formatNode.getValueNode());
      for (String key : fields.keySet()) {
        if (!key.equals("path") && !key.equals("format")) {
          model.problem(
              where(fields.get(key).getKeyNode()),
              "unknown key '"
                  + key
                  + "' in an alias file entry"
                  + suggest(key, List.of("format", "path"))
                  + "; known keys: format, path");
        }
      }
      if (format == null || !AliasFiles.FORMATS.contains(format)) {
        model.problem(
            where(formatNode == null ? item : formatNode.getValueNode()),
            "unknown alias file format '" + format + "'; choose one of " + AliasFiles.FORMATS);
        continue;
      }
      if (pathNode == null) {
        model.problem(where(item), "an alias file entry needs a path");
        continue;
      }
      String path = relativePath(pathNode.getValueNode(), "path");
      if (path != null) {
        AliasFiles.read(model, path, format, where(pathNode.getValueNode()));
      }
    }
  }

  private void catchAll(Node value) {
    if (!(value instanceof MappingNode map)) {
      model.problem(where(value), "catchAll must map each domain to one address");
      return;
    }
    for (NodeTuple tuple : map.getValue()) {
      String key = scalar(tuple.getKeyNode());
      Optional<String> domain = key == null ? Optional.empty() : Address.domain(key);
      String target = scalar(tuple.getValueNode());
      if (domain.isEmpty()) {
        model.problem(where(tuple.getKeyNode()), "'" + key + "' is not a valid domain name");
      } else if (target == null || model.address(target).isEmpty()) {
        model.problem(where(tuple.getValueNode()), "catch-all target must be one address");
      } else {
        model.catchAll.put(
            domain.get(),
            new AliasTarget(
                model.address(target).map(Address::full).orElse(target),
                where(tuple.getValueNode())));
      }
    }
  }

  private void global(Node value) {
    if (!(value instanceof MappingNode map)) {
      model.problem(where(value), "global must be a mapping with before, after and includeDir");
      return;
    }
    for (Map.Entry<String, NodeTuple> field : keys(map).entrySet()) {
      Node v = field.getValue().getValueNode();
      switch (field.getKey()) {
        case "before", "after" -> {
          List<MailModel.ScriptRef> into =
              field.getKey().equals("before") ? model.globalBefore : model.globalAfter;
          for (Node item : strings(v)) {
            String path = relativePath(item, "global script");
            if (path == null) {
              continue;
            }
            if (!model.paths.isFile(path)) {
              model.problem(where(item), "global script " + path + " does not exist");
            }
            into.add(new MailModel.ScriptRef(path, where(item)));
          }
        }
        case "includeDir" -> model.globalIncludeDir = folder(relativePath(v, "includeDir"));
        default ->
            model.problem(
                where(field.getValue().getKeyNode()),
                "unknown key '"
                    + field.getKey()
                    + "' in global"
                    + suggest(field.getKey(), List.of("after", "before", "includeDir"))
                    + "; known keys: after, before, includeDir");
      }
    }
  }

  private void rules(Node value) {
    if (!(value instanceof MappingNode map)) {
      model.problem(where(value), "rules must map rule ids to their settings");
      return;
    }
    for (NodeTuple tuple : map.getValue()) {
      String id = scalar(tuple.getKeyNode());
      String shorthand = scalar(tuple.getValueNode());
      if (id != null && shorthand != null && SEVERITY.matcher(shorthand).matches()) {
        // "rule-id: info" is short for "rule-id: {severity: info}", as in .sievelint.yaml.
        model.rules.put(id, Map.of("severity", shorthand));
        continue;
      }
      if (id == null || !(tuple.getValueNode() instanceof MappingNode settings)) {
        model.problem(where(tuple.getValueNode()), "rule settings must be a mapping");
        continue;
      }
      Map<String, Object> options = new HashMap<>();
      for (NodeTuple option : settings.getValue()) {
        String name = scalar(option.getKeyNode());
        if ("ignore".equals(name)) {
          // Paths (globs, relative to the manifest) whose findings of this rule are not reported.
          List<String> paths = new ArrayList<>();
          for (Node item : strings(option.getValueNode())) {
            String path = scalar(item);
            if (path != null && !path.isBlank()) {
              paths.add(path.strip());
            }
          }
          options.put(name, List.copyOf(paths));
          continue;
        }
        String text = scalar(option.getValueNode());
        if (name == null || text == null) {
          model.problem(where(option.getValueNode()), "a rule setting must be a plain value");
          continue;
        }
        if (name.equals("severity") && !SEVERITY.matcher(text).matches()) {
          model.problem(
              where(option.getValueNode()), "severity must be off, error, warning or info");
          continue;
        }
        options.put(name, typed(text));
      }
      model.rules.put(id, options);
    }
  }

  private static Object typed(String text) {
    if (text.matches("-?\\d{1,18}")) {
      return Long.valueOf(text);
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    return text;
  }

  private @Nullable String relativePath(Node value, String what) {
    String text = scalar(value);
    if (text == null || text.isBlank()) {
      model.problem(where(value), what + " must be a path relative to the manifest");
      return null;
    }
    if (!RepositoryPaths.staysInside(text)) {
      model.problem(where(value), what + " " + text + " leaves the repository and is not read");
      return null;
    }
    return text.replace('\\', '/');
  }

  private static @Nullable String folder(@Nullable String path) {
    if (path == null || path.isEmpty() || path.equals(".") || path.equals("./")) {
      return path == null ? null : "";
    }
    return path.endsWith("/") ? path : path + "/";
  }

  private boolean bool(Node value) {
    String text = scalar(value);
    if ("true".equals(text) || "false".equals(text)) {
      return Boolean.parseBoolean(text);
    }
    model.problem(where(value), "expected true or false");
    return false;
  }

  /** A string or a list of strings, as nodes. */
  private List<Node> strings(Node value) {
    if (value instanceof SequenceNode list) {
      List<Node> out = new ArrayList<>();
      for (Node item : list.getValue()) {
        if (item instanceof ScalarNode) {
          out.add(item);
        } else {
          model.problem(where(item), "expected a string");
        }
      }
      return out;
    }
    if (value instanceof ScalarNode && !isNull(value)) {
      return List.of(value);
    }
    if (!isNull(value)) {
      model.problem(where(value), "expected a string or a list of strings");
    }
    return List.of();
  }

  private Map<String, NodeTuple> keys(MappingNode map) {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : map.getValue()) {
      String key = scalar(tuple.getKeyNode());
      if (key == null) {
        model.problem(where(tuple.getKeyNode()), "keys must be plain strings");
        continue;
      }
      if (!seen.add(key)) {
        model.problem(where(tuple.getKeyNode()), "duplicate key '" + key + "'");
        continue;
      }
      out.put(key, tuple);
    }
    return out;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && node.getTag().getValue().endsWith(":null");
  }

  private static @Nullable String scalar(Node node) {
    if (node instanceof ScalarNode s && !isNull(node)) {
      return s.getValue();
    }
    return null;
  }

  private Location where(Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    int length =
        end != null && end.getLine() == start.getLine()
            ? Math.max(1, end.getColumn() - start.getColumn())
            : 1;
    return at(start, length);
  }

  private Location at(Mark mark, int length) {
    return Location.at(file, mark.getIndex(), mark.getLine() + 1, mark.getColumn() + 1, length);
  }
}
