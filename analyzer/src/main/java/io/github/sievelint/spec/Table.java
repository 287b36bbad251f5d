package io.github.sievelint.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the extension tables put their rows: capabilities, commands, tests, tag sets, tags that one
 * extension adds to another's command, comparators and envelope parts. {@link SieveLanguage}
 * assembles the rows into lookups.
 */
final class Table {

  final Map<String, Capability> capabilities = new LinkedHashMap<>();
  final List<Draft> commands = new ArrayList<>();
  final List<Draft> tests = new ArrayList<>();
  final Map<String, List<TagSpec>> tagSets = new LinkedHashMap<>();
  final Map<String, List<TagSpec>> commandTags = new LinkedHashMap<>();
  final Map<String, List<TagSpec>> testTags = new LinkedHashMap<>();
  final Map<String, Comparator> comparators = new LinkedHashMap<>();

  /** Variable namespace (RFC 5229 section 3) to its definitions, capabilities' first. */
  final Map<String, List<VariableNamespace>> namespaces = new LinkedHashMap<>();

  /** Envelope part to the capability that defines it; the empty string for RFC 5228 parts. */
  final Map<String, String> envelopeParts = new LinkedHashMap<>();

  /** Tag set names that usage lines and specs refer to. */
  static final String COMPARATOR = "COMPARATOR";

  static final String MATCH_TYPE = "MATCH-TYPE";
  static final String ADDRESS_PART = "ADDRESS-PART";
  static final String BODY_TRANSFORM = "BODY-TRANSFORM";
  static final String MODIFIER = "MODIFIER";
  static final String INDEX = "INDEX";
  static final String MIME = "MIME";

  void capability(Capability capability) {
    capabilities.put(capability.name(), capability);
  }

  Draft command(String name) {
    Draft draft = new Draft(name);
    commands.add(draft);
    return draft;
  }

  Draft test(String name) {
    Draft draft = new Draft(name);
    tests.add(draft);
    return draft;
  }

  /** Adds tags to a named set that commands and tests refer to. */
  void tagSet(String set, TagSpec... tags) {
    tagSets.computeIfAbsent(set, k -> new ArrayList<>()).addAll(List.of(tags));
  }

  /** Adds a tag of one extension to commands of others ({@code :copy} to fileinto, redirect). */
  void extendCommands(TagSpec tag, String... names) {
    for (String name : names) {
      commandTags.computeIfAbsent(name, k -> new ArrayList<>()).add(tag);
    }
  }

  void extendTests(TagSpec tag, String... names) {
    for (String name : names) {
      testTags.computeIfAbsent(name, k -> new ArrayList<>()).add(tag);
    }
  }

  void comparator(Comparator comparator) {
    comparators.put(comparator.name(), comparator);
  }

  void namespace(VariableNamespace namespace) {
    namespaces.computeIfAbsent(namespace.name(), k -> new ArrayList<>()).add(namespace);
  }

  void envelopePart(String part, String capability) {
    envelopeParts.put(part, capability);
  }

  static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> out = new ArrayList<>(first);
    out.addAll(second);
    return List.copyOf(out);
  }

  /** A command or test row under construction. */
  static final class Draft {
    final String name;
    final List<String> capabilities = new ArrayList<>();
    final List<Param> params = new ArrayList<>();
    final List<TagSpec> tags = new ArrayList<>();
    final List<String> sets = new ArrayList<>();
    final List<String> required = new ArrayList<>();
    boolean takesTest;
    CommandSpec.Block block = CommandSpec.Block.NONE;
    CommandSpec.Placement placement = CommandSpec.Placement.ANYWHERE;
    TestSpec.Subtests subtests = TestSpec.Subtests.NONE;

    Draft(String name) {
      this.name = name;
    }

    Draft cap(String... caps) {
      capabilities.addAll(List.of(caps));
      return this;
    }

    Draft params(Param... more) {
      params.addAll(List.of(more));
      return this;
    }

    Draft tags(TagSpec... more) {
      tags.addAll(List.of(more));
      return this;
    }

    /** Refers to tag sets by name; their tags come in this order. */
    Draft sets(String... names) {
      sets.addAll(List.of(names));
      return this;
    }

    /** One tag of {@code group} must be given. */
    Draft oneOf(String group) {
      required.add(group);
      return this;
    }

    Draft withTest() {
      takesTest = true;
      return this;
    }

    Draft withBlock() {
      block = CommandSpec.Block.REQUIRED;
      return this;
    }

    Draft at(CommandSpec.Placement where) {
      placement = where;
      return this;
    }

    Draft subtests(TestSpec.Subtests count) {
      subtests = count;
      return this;
    }
  }
}
