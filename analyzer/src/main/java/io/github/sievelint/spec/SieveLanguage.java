package io.github.sievelint.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The declarative table of the Sieve language: every command, test, tag, comparator and capability
 * of RFC 5228 and the extensions sievelint knows, assembled from the rows of the extension tables.
 * Immutable and shared.
 */
public final class SieveLanguage {

  private static final List<Consumer<Table>> TABLES =
      List.of(
          CoreTable::fill,
          MatchTable::fill,
          ActionTable::fill,
          DataTable::fill,
          MimeTable::fill,
          VendorTable::fill);

  private static final SieveLanguage STANDARD = build(TABLES);

  private final Map<String, Capability> capabilities;
  private final Map<String, List<CommandSpec>> commands;
  private final Map<String, List<TestSpec>> tests;
  private final Map<String, Comparator> comparators;
  private final Map<String, String> envelopeParts;
  private final Map<String, List<VariableNamespace>> namespaces;

  private SieveLanguage(
      Map<String, Capability> capabilities,
      Map<String, List<CommandSpec>> commands,
      Map<String, List<TestSpec>> tests,
      Map<String, Comparator> comparators,
      Map<String, String> envelopeParts,
      Map<String, List<VariableNamespace>> namespaces) {
    this.capabilities = capabilities;
    this.namespaces = namespaces;
    this.commands = commands;
    this.tests = tests;
    this.comparators = comparators;
    this.envelopeParts = envelopeParts;
  }

  /** The language with every extension sievelint knows. */
  public static SieveLanguage standard() {
    return STANDARD;
  }

  public Optional<Capability> capability(String name) {
    return Optional.ofNullable(capabilities.get(name.toLowerCase(Locale.ROOT)));
  }

  public Collection<Capability> capabilities() {
    return capabilities.values();
  }

  /** Every command named {@code name}; several when extensions disagree (old and new notify). */
  public List<CommandSpec> commands(String name) {
    return commands.getOrDefault(name, List.of());
  }

  public List<TestSpec> tests(String name) {
    return tests.getOrDefault(name, List.of());
  }

  public boolean isCommand(String name) {
    return commands.containsKey(name);
  }

  public boolean isTest(String name) {
    return tests.containsKey(name);
  }

  /** Every command and test name, for suggestions. */
  public Set<String> commandNames() {
    return commands.keySet();
  }

  public Set<String> testNames() {
    return tests.keySet();
  }

  public Optional<Comparator> comparator(String name) {
    return Optional.ofNullable(comparators.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The capability an envelope part needs: empty string for "from" and "to", empty optional for a
   * part that no extension defines.
   */
  public Optional<String> envelopePart(String part) {
    return Optional.ofNullable(envelopeParts.get(part.toLowerCase(Locale.ROOT)));
  }

  /**
   * The definitions of the variable namespace {@code name} ("global" by include, "env" by
   * vnd.dovecot.environment and by Stalwart), those of capabilities first; empty when no extension
   * or server defines it (RFC 5229 section 3).
   */
  public List<VariableNamespace> variableNamespaces(String name) {
    return namespaces.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * The envelope parts sievelint knows, for messages, sorted: the map is a {@code Map.copyOf},
   * whose order changes from one JVM run to the next, and a report must not.
   */
  public Set<String> envelopeParts() {
    return new TreeSet<>(envelopeParts.keySet());
  }

  /**
   * Picks among same-named specs the first whose capabilities are all in {@code available}, or the
   * first one when none is: that one is then reported as missing its require.
   */
  public static <S extends Signature> S choose(List<S> specs, Set<String> available) {
    if (specs.size() == 1) {
      return specs.get(0); // most names have one spec, the answer either way
    }
    for (int i = 0; i < specs.size(); i++) {
      S spec = specs.get(i);
      if (containsAll(available, spec.capabilities())) {
        return spec;
      }
    }
    return specs.get(0);
  }

  private static boolean containsAll(Set<String> available, List<String> needed) {
    for (int i = 0; i < needed.size(); i++) {
      if (!available.contains(needed.get(i))) {
        return false;
      }
    }
    return true;
  }

  static SieveLanguage build(List<Consumer<Table>> tables) {
    Table table = new Table();
    for (Consumer<Table> fill : tables) {
      fill.accept(table);
    }
    Map<String, List<CommandSpec>> commands = new LinkedHashMap<>();
    for (Table.Draft d : table.commands) {
      List<TagSpec> tags = resolveTags(table, d, extensionTags(table.commandTags, d));
      CommandSpec spec =
          new CommandSpec(
              d.name,
              d.capabilities,
              d.params,
              tags,
              d.required,
              d.takesTest,
              d.block,
              d.placement);
      commands.computeIfAbsent(d.name, k -> new ArrayList<>()).add(spec);
    }
    Map<String, List<TestSpec>> tests = new LinkedHashMap<>();
    for (Table.Draft d : table.tests) {
      List<TagSpec> tags = resolveTags(table, d, extensionTags(table.testTags, d));
      TestSpec spec = new TestSpec(d.name, d.capabilities, d.params, tags, d.required, d.subtests);
      tests.computeIfAbsent(d.name, k -> new ArrayList<>()).add(spec);
    }
    SieveLanguage language =
        new SieveLanguage(
            Map.copyOf(table.capabilities),
            freeze(commands),
            freeze(tests),
            Map.copyOf(table.comparators),
            Map.copyOf(table.envelopeParts),
            freeze(table.namespaces));
    language.verify(table);
    return language;
  }

  /** Tags added to every spec of a name, and those added only to the spec of one capability. */
  private static List<TagSpec> extensionTags(Map<String, List<TagSpec>> added, Table.Draft draft) {
    List<TagSpec> out = new ArrayList<>(added.getOrDefault(draft.name, List.of()));
    for (String cap : draft.capabilities) {
      out.addAll(added.getOrDefault(draft.name + "@" + cap, List.of()));
    }
    return out;
  }

  private static List<TagSpec> resolveTags(
      Table table, Table.Draft draft, List<TagSpec> extensions) {
    List<TagSpec> tags = new ArrayList<>();
    for (String set : draft.sets) {
      List<TagSpec> members = table.tagSets.get(set);
      if (members == null) {
        throw new IllegalStateException(draft.name + " refers to unknown tag set " + set);
      }
      tags.addAll(members);
    }
    tags.addAll(draft.tags);
    tags.addAll(extensions);
    return List.copyOf(tags);
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
    Map<String, List<T>> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Fails fast when a row names a capability that no row defines: a typo in the table. */
  private void verify(Table table) {
    List<String> named = new ArrayList<>();
    for (Capability c : capabilities.values()) {
      named.addAll(c.implies());
      named.addAll(c.needs());
      named.addAll(c.conflicts());
    }
    List<Signature> all = new ArrayList<>();
    commands.values().forEach(all::addAll);
    tests.values().forEach(all::addAll);
    for (Signature s : all) {
      named.addAll(s.capabilities());
      for (TagSpec t : s.tags()) {
        addIfPresent(named, t.capability());
        Param a = t.argument();
        if (a != null) {
          addIfPresent(named, a.capability());
        }
      }
      for (Param p : s.params()) {
        addIfPresent(named, p.capability());
      }
    }
    for (Comparator c : comparators.values()) {
      addIfPresent(named, c.capability());
    }
    for (List<VariableNamespace> definitions : namespaces.values()) {
      for (VariableNamespace n : definitions) {
        addIfPresent(named, n.capability());
      }
    }
    for (String cap : envelopeParts.values()) {
      if (!cap.isEmpty()) {
        named.add(cap);
      }
    }
    for (String extended : table.commandTags.keySet()) {
      if (!commands.containsKey(extended.replaceFirst("@.*", ""))) {
        throw new IllegalStateException("tags added to unknown command " + extended);
      }
    }
    for (String extended : table.testTags.keySet()) {
      if (!tests.containsKey(extended.replaceFirst("@.*", ""))) {
        throw new IllegalStateException("tags added to unknown test " + extended);
      }
    }
    for (String cap : named) {
      if (!capabilities.containsKey(cap)) {
        throw new IllegalStateException("the table names an undefined capability " + cap);
      }
    }
  }

  private static void addIfPresent(List<String> out, @Nullable String value) {
    if (value != null) {
      out.add(value);
    }
  }
}
