package io.github.sievelint.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.report.Fingerprints;
import io.github.sievelint.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Known findings a repository has accepted for now, so that it fails only on new ones.
 *
 * <p>The file holds, per (file, rule), how often each line-free fingerprint occurs. Paths are
 * relative to the baseline file's folder, so the same baseline works from any working directory.
 * Fingerprints ignore line numbers, so adding lines above an accepted finding keeps it hidden.
 */
public final class Baseline {

  /** The default file name, next to where sievelint runs. */
  public static final String FILE_NAME = ".sievelint-baseline.json";

  /** Bumped when the file format changes incompatibly. */
  public static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One (file, rule) pair: the fingerprints and how often each occurs. */
  public record Key(String file, String rule) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = file.compareTo(o.file);
      return c != 0 ? c : rule.compareTo(o.rule);
    }
  }

  /** An accepted finding that no longer occurs: the baseline can shrink. */
  public record Stale(String file, String rule, int count) {}

  /** What filtering left: the new findings and the stale entries. */
  public record Result(List<Diagnostic> kept, int hidden, List<Stale> stale) {}

  private final Map<Key, Map<String, Integer>> entries;

  private Baseline(Map<Key, Map<String, Integer>> entries) {
    this.entries = entries;
  }

  /** A baseline that accepts exactly {@code diagnostics}. */
  public static Baseline of(
      List<Diagnostic> diagnostics,
      Function<String, Optional<SourceText>> sources,
      Function<String, String> baselinePath) {
    Map<Key, Map<String, Integer>> entries = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      String file = baselinePath.apply(d.path());
      String fingerprint = fingerprint(d, file, sources);
      entries
          .computeIfAbsent(new Key(file, d.ruleId()), k -> new TreeMap<>())
          .merge(fingerprint, 1, Integer::sum);
    }
    return new Baseline(entries);
  }

  /**
   * The fingerprint of {@code d} as if its path were {@code file}, so that it does not depend on
   * the working directory.
   */
  private static String fingerprint(
      Diagnostic d, String file, Function<String, Optional<SourceText>> sources) {
    Diagnostic moved =
        new Diagnostic(
            d.ruleId(), d.severity(), file, d.span(), d.message(), d.related(), d.help());
    return Fingerprints.of(moved, sources.apply(d.path()));
  }

  /** Reads a baseline file. */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Jackson's own text ("Unexpected character ('b' (code 98))") speaks of its parser.
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      throw new IOException(
          "not a sievelint baseline: invalid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()),
          e);
    }
    if (root == null || !root.isObject() || root.path("version").asInt(-1) != VERSION) {
      throw new IOException("not a sievelint baseline of version " + VERSION);
    }
    Map<Key, Map<String, Integer>> entries = new TreeMap<>();
    for (JsonNode entry : root.path("entries")) {
      String path = entry.path("file").asText("");
      String rule = entry.path("rule").asText("");
      if (path.isEmpty() || rule.isEmpty() || !entry.path("fingerprints").isObject()) {
        throw new IOException("baseline entry without file, rule or fingerprints: " + entry);
      }
      Map<String, Integer> counts = new TreeMap<>();
      for (Map.Entry<String, JsonNode> f : entry.path("fingerprints").properties()) {
        counts.put(f.getKey(), Math.max(0, f.getValue().asInt(0)));
      }
      entries.put(new Key(path, rule), counts);
    }
    return new Baseline(entries);
  }

  /** Writes this baseline as stable, sorted JSON. */
  public void write(Path file) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", VERSION);
    root.put("tool", "sievelint");
    ArrayNode list = root.putArray("entries");
    for (Map.Entry<Key, Map<String, Integer>> e : entries.entrySet()) {
      ObjectNode node = list.addObject();
      node.put("file", e.getKey().file());
      node.put("rule", e.getKey().rule());
      ObjectNode counts = node.putObject("fingerprints");
      e.getValue().forEach(counts::put);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  /**
   * This baseline with the entries of the files in {@code linted} replaced by those of {@code
   * fresh}: updating from a run over part of a repository keeps the rest of the baseline.
   */
  public Baseline replacing(Baseline fresh, java.util.Set<String> linted) {
    Map<Key, Map<String, Integer>> merged = new TreeMap<>();
    entries.forEach(
        (k, v) -> {
          if (!linted.contains(k.file())) {
            merged.put(k, v);
          }
        });
    merged.putAll(fresh.entries);
    return new Baseline(merged);
  }

  /** How many findings the baseline accepts. */
  public int size() {
    return entries.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
  }

  /**
   * Hides every finding the baseline accepts (each accepted occurrence hides one finding) and lists
   * the accepted occurrences that were not found, per (file, rule). Entries for files that were not
   * linted in this run are not stale: the run did not look at them.
   */
  public Result filter(
      List<Diagnostic> diagnostics,
      Function<String, Optional<SourceText>> sources,
      Function<String, String> baselinePath,
      java.util.Set<String> lintedFiles) {
    Map<Key, Map<String, Integer>> left = new TreeMap<>();
    entries.forEach((k, v) -> left.put(k, new TreeMap<>(v)));
    List<Diagnostic> kept = new ArrayList<>();
    int hidden = 0;
    for (Diagnostic d : diagnostics) {
      String file = baselinePath.apply(d.path());
      Map<String, Integer> counts = left.get(new Key(file, d.ruleId()));
      String fingerprint = fingerprint(d, file, sources);
      Integer count = counts == null ? null : counts.get(fingerprint);
      if (counts != null && count != null && count > 0) {
        counts.put(fingerprint, count - 1);
        hidden++;
      } else {
        kept.add(d);
      }
    }
    List<Stale> stale = new ArrayList<>();
    for (Map.Entry<Key, Map<String, Integer>> e : left.entrySet()) {
      int count = e.getValue().values().stream().mapToInt(i -> i).sum();
      if (count > 0 && lintedFiles.contains(e.getKey().file())) {
        stale.add(new Stale(e.getKey().file(), e.getKey().rule(), count));
      }
    }
    return new Result(kept, hidden, stale);
  }
}
