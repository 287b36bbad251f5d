package io.github.sievelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.report.Formats;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.spec.ServerProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The JSON Schemas of {@code docs/schema/} accept every {@code sievelint.yaml} and {@code
 * .sievelint.yaml} in the repository, reject broken ones, and know the keys and values the loaders
 * know.
 */
class ConfigurationSchemaTest {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Path SCHEMAS = REPOSITORY.resolve("docs/schema");
  private static final String MANIFEST_SCHEMA = "sievelint.schema.json";
  private static final String CONFIG_SCHEMA = "sievelint-config.schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Files that are broken on purpose, each with the reason; they must fail the schema too. */
  private static final Map<String, String> BROKEN_ON_PURPOSE =
      Map.of(
          "analyzer/src/test/resources/fixtures/repos/manifest-problems/sievelint.yaml",
          "tests the loader's problems: a misspelt key, an unknown account key, an unknown format");

  private static final Schema MANIFEST = schema(MANIFEST_SCHEMA);
  private static final Schema CONFIG = schema(CONFIG_SCHEMA);

  @Test
  void everyManifestAndConfigurationInTheRepositoryIsValid() throws IOException {
    List<Path> files = configurationFiles();
    List<String> checked = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      String name = REPOSITORY.relativize(file).toString().replace('\\', '/');
      List<String> errors = violations(file);
      if (BROKEN_ON_PURPOSE.containsKey(name)) {
        assertThat(errors).as(name + " is broken on purpose and must fail the schema").isNotEmpty();
        continue;
      }
      checked.add(name);
      errors.forEach(e -> failures.add(name + ": " + e));
    }
    assertThat(failures).as("schema violations").isEmpty();
    assertThat(checked)
        .as("the files found")
        .contains(
            "examples/sievelint.yaml",
            "analyzer/src/test/resources/fixtures/repos/cycle-two-accounts/sievelint.yaml",
            "maven-plugin/src/it/redirect-cycle/.sievelint.yaml")
        .hasSizeGreaterThan(20);
    assertThat(BROKEN_ON_PURPOSE.keySet())
        .as("every file excluded exists")
        .allSatisfy(name -> assertThat(REPOSITORY.resolve(name)).isRegularFile());
  }

  @Test
  void theExamplesOfTheReferenceAreValid() throws IOException {
    String doc = Files.readString(REPOSITORY.resolve("docs/configuration.md"));
    Matcher block = Pattern.compile("(?s)```yaml\n(.*?)```").matcher(doc);
    int checked = 0;
    while (block.find()) {
      String yaml = block.group(1);
      Matcher modeline = Pattern.compile("\\$schema=\\S*/(\\S+\\.schema\\.json)").matcher(yaml);
      if (!modeline.find()) {
        continue;
      }
      Schema schema = schema(modeline.group(1));
      assertThat(violations(schema, yaml)).as("the example\n" + yaml).isEmpty();
      checked++;
    }
    assertThat(checked).as("examples with a schema modeline").isGreaterThanOrEqualTo(2);
  }

  @Test
  void brokenManifestsAreRejected() {
    Map<String, String> broken =
        Map.of(
            "unknown key", "version: 1\nacounts: {}\n",
            "no version", "server: generic\n",
            "version 2", "version: 2\n",
            "accounts as a list", "version: 1\naccounts: [a@example.com]\n",
            "unknown account key", "version: 1\naccounts:\n  a@example.com: {script: a, x: 1}\n",
            "responder not a boolean", "version: 1\naccounts:\n  a@example.com: {responder: 2}\n",
            "unknown alias format", "version: 1\naliasFiles: [{path: v, format: sendmail}]\n",
            "unknown server", "version: 1\nserver: postfix\n",
            "unknown rule", "version: 1\nrules: {no-such-rule: off}\n",
            "unknown severity", "version: 1\nrules: {redirect-cycle: loud}\n");
    broken.forEach(
        (why, yaml) -> assertThat(violations(MANIFEST, yaml)).as(why + ":\n" + yaml).isNotEmpty());
  }

  @Test
  void brokenConfigurationsAreRejected() {
    Map<String, String> broken =
        Map.of(
            "unknown key", "colour: auto\n",
            "jobs 0", "jobs: 0\n",
            "jobs not a number", "jobs: many\n",
            "unknown failOn", "failOn: always\n",
            "quiet not a boolean", "quiet: 3\n",
            "unknown report format", "reports: {pdf: a.pdf}\n",
            "unknown rule", "select: [redirect-cycle, nope]\n",
            "a manifest key", "accounts: {}\n");
    broken.forEach(
        (why, yaml) -> assertThat(violations(CONFIG, yaml)).as(why + ":\n" + yaml).isNotEmpty());
    assertThat(
            violations(
                CONFIG,
                """
                root: true
                select: redirect-cycle, unused-require
                reports: [sarif=a.sarif]
                rules: {vacation-period-too-short: {severity: error, minSeconds: 60}}
                """))
        .as("a valid configuration")
        .isEmpty();
  }

  @Test
  void theSchemasKnowTheKeysAndValuesOfTheLoaders(@TempDir Path dir) throws IOException {
    JsonNode manifest = tree(MANIFEST_SCHEMA);
    JsonNode config = tree(CONFIG_SCHEMA);
    assertThat(names(config.path("properties"))).containsExactlyElementsOf(ConfigLoader.KEYS);
    Files.writeString(
        dir.resolve(ManifestLoader.FILE_NAME),
        """
        version: 1
        bogus: 1
        accounts:
          a@example.com: {bogus: 1}
        aliasFiles: [{path: v, bogus: 1}]
        global: {bogus: 1}
        """);
    List<String> messages =
        ManifestLoader.load(dir, new Manifests()).problems().stream()
            .map(ModelProblem::message)
            .toList();
    JsonNode properties = manifest.path("properties");
    assertThat(knownKeys(messages, "in the manifest")).isEqualTo(names(properties));
    assertThat(knownKeys(messages, "in account"))
        .isEqualTo(
            names(
                properties
                    .path("accounts")
                    .path("additionalProperties")
                    .path("anyOf")
                    .get(1)
                    .path("properties")));
    assertThat(knownKeys(messages, "in an alias file entry"))
        .isEqualTo(names(properties.path("aliasFiles").path("items").path("properties")));
    assertThat(knownKeys(messages, "in global"))
        .isEqualTo(names(properties.path("global").path("properties")));

    List<String> ruleIds = BuiltinRules.registry().infos().stream().map(RuleInfo::id).toList();
    for (JsonNode schema : List.of(manifest, config)) {
      assertThat(strings(schema.path("$defs").path("ruleId").path("enum")))
          .as("rule ids")
          .containsExactlyInAnyOrderElementsOf(ruleIds);
      assertThat(strings(schema.path("properties").path("server").path("enum")))
          .as("server profiles")
          .containsExactlyElementsOf(ServerProfiles.ids());
      assertThat(schema.path("$defs").path("rules"))
          .isEqualTo(manifest.path("$defs").path("rules"));
    }
    assertThat(
            strings(
                properties
                    .path("aliasFiles")
                    .path("items")
                    .path("properties")
                    .path("format")
                    .path("enum")))
        .containsExactlyElementsOf(AliasFiles.FORMATS);
    JsonNode configProperties = config.path("properties");
    assertThat(strings(configProperties.path("format").path("enum")))
        .containsExactlyElementsOf(Formats.NAMES);
    assertThat(strings(configProperties.path("failOn").path("enum")))
        .containsExactlyElementsOf(ConfigLoader.FAIL_ON);
  }

  // ---------------------------------------------------------------------------------------------

  /** Every sievelint.yaml and .sievelint.yaml of the repository, build output aside. */
  private static List<Path> configurationFiles() throws IOException {
    Set<String> skipped = Set.of(".git", "target", "node_modules");
    try (Stream<Path> walk = Files.walk(REPOSITORY)) {
      return walk.filter(
              p -> {
                for (Path part : REPOSITORY.relativize(p)) {
                  if (skipped.contains(part.toString())) {
                    return false;
                  }
                }
                String name = String.valueOf(p.getFileName());
                return Files.isRegularFile(p)
                    && (name.equals(ManifestLoader.FILE_NAME)
                        || name.equals(ConfigLoader.FILE_NAME));
              })
          .sorted()
          .toList();
    }
  }

  private static List<String> violations(Path file) throws IOException {
    String yaml = Files.readString(file, StandardCharsets.UTF_8);
    boolean manifest = String.valueOf(file.getFileName()).equals(ManifestLoader.FILE_NAME);
    return violations(manifest ? MANIFEST : CONFIG, yaml);
  }

  /** The violations of {@code schema} in the YAML text {@code yaml}, one line each. */
  private static List<String> violations(Schema schema, String yaml) {
    Node root = SafeYaml.compose(new StringReader(yaml));
    JsonNode json = root == null ? JsonNodeFactory.instance.nullNode() : json(root);
    String text;
    try {
      text = JSON.writeValueAsString(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return schema.validate(text, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /**
   * The JSON tree of a YAML node, read as editors read YAML (the 1.2 core schema): only {@code
   * true} and {@code false} are booleans, so {@code off} and {@code yes} stay strings.
   */
  private static JsonNode json(Node node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof MappingNode map) {
      ObjectNode out = f.objectNode();
      for (NodeTuple tuple : map.getValue()) {
        out.set(((ScalarNode) tuple.getKeyNode()).getValue(), json(tuple.getValueNode()));
      }
      return out;
    }
    if (node instanceof SequenceNode list) {
      ArrayNode out = f.arrayNode();
      list.getValue().forEach(item -> out.add(json(item)));
      return out;
    }
    String text = ((ScalarNode) node).getValue();
    Tag tag = node.getTag();
    if (tag.equals(Tag.NULL)) {
      return f.nullNode();
    }
    if (tag.equals(Tag.BOOL) && text.matches("(?i)true|false")) {
      return f.booleanNode(Boolean.parseBoolean(text));
    }
    try {
      if (tag.equals(Tag.INT)) {
        return f.numberNode(Long.decode(text.replace("_", "")));
      }
      if (tag.equals(Tag.FLOAT)) {
        return f.numberNode(Double.parseDouble(text.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      return f.textNode(text);
    }
    return f.textNode(text);
  }

  private static Schema schema(String name) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in = Files.newInputStream(SCHEMAS.resolve(name))) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String name) throws IOException {
    return JSON.readTree(SCHEMAS.resolve(name).toFile());
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(out::add);
    assertThat(out).as("properties of " + object).isNotEmpty();
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    assertThat(out).as("enum " + array).isNotEmpty();
    return out;
  }

  /** The keys listed by the loader's "unknown key ... WHERE...; known keys: [...]" message. */
  private static Set<String> knownKeys(List<String> messages, String where) {
    // "known keys: a, b" (sorted); "[a, b]" in older messages.
    Pattern known = Pattern.compile("known keys: \\[?([^\\]]*?)\\]?$");
    for (String message : messages) {
      Matcher m = known.matcher(message);
      if (message.contains(where) && m.find()) {
        Set<String> keys = new TreeSet<>();
        for (String key : m.group(1).split(",", -1)) {
          keys.add(key.trim());
        }
        return keys;
      }
    }
    throw new AssertionError("no 'known keys' message " + where + " in " + messages);
  }
}
