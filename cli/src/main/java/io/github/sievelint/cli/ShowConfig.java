package io.github.sievelint.cli;

import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.config.RuleConfig;
import io.github.sievelint.lint.ServerInference;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.run.DisplayPaths;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Prints the effective configuration as YAML that could be pasted into a .sievelint.yaml. */
final class ShowConfig {

  private ShowConfig() {}

  /**
   * The server to show and, when none is configured, a comment saying what applies instead.
   *
   * @param id the profile the run uses for the first PATH
   * @param note a one-line comment, or null when the server is configured
   */
  record ShownServer(String id, @Nullable String note) {

    /**
     * What applies to {@code first} (a script file, or null for a folder or standard input) under
     * {@code configured} (null when no layer names a server).
     */
    static ShownServer of(@Nullable String configured, @Nullable Path first, Path cwd) {
      if (configured != null) {
        return new ShownServer(configured, null);
      }
      if (first != null && Files.isRegularFile(first)) {
        Optional<ServerInference.Inferred> inferred = infer(first, cwd);
        if (inferred.isPresent()) {
          return new ShownServer(
              inferred.get().profile().id(),
              "server: no server is configured; "
                  + inferred.get().reason()
                  + " in "
                  + DisplayPaths.of(cwd, first)
                  + " implies "
                  + inferred.get().profile().id());
        }
      }
      return new ShownServer(
          "generic",
          "server: none is configured; "
              + ServerInference.summary()
              + ", the others against generic");
    }

    private static Optional<ServerInference.Inferred> infer(Path file, Path cwd) {
      try {
        if (Files.size(file) > SourceFile.MAX_FILE_BYTES) {
          return Optional.empty();
        }
        SourceFile source = SourceFile.decode(DisplayPaths.of(cwd, file), Files.readAllBytes(file));
        return ServerInference.of(List.of(new ScriptParser().parse(source).script()));
      } catch (IOException | RuntimeException e) {
        // Unreadable or unparsable: the check itself reports it; show-config shows the default.
        return Optional.empty();
      }
    }
  }

  static String render(
      ConfigValues v,
      Path cwd,
      String format,
      String failOn,
      String color,
      int jobs,
      ShownServer server) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", format);
    if (v.output() != null) {
      doc.put("output", DisplayPaths.of(cwd, v.output()));
    }
    if (!v.reports().isEmpty()) {
      Map<String, Object> reports = new LinkedHashMap<>();
      v.reports().forEach((f, p) -> reports.put(f, DisplayPaths.of(cwd, p)));
      doc.put("reports", reports);
    }
    doc.put("failOn", failOn);
    doc.put("exitZero", Boolean.TRUE.equals(v.exitZero()));
    doc.put("server", server.id());
    // Fresh lists: SnakeYAML writes anchors for objects it meets twice.
    doc.put("select", v.select() == null ? new ArrayList<>() : new ArrayList<>(v.select()));
    doc.put("ignore", new ArrayList<>(v.ignore()));
    if (v.baseline() != null) {
      doc.put("baseline", DisplayPaths.of(cwd, v.baseline()));
    }
    doc.put("color", color);
    doc.put("quiet", Boolean.TRUE.equals(v.quiet()));
    doc.put("statistics", Boolean.TRUE.equals(v.statistics()));
    doc.put("jobs", jobs);
    Map<String, Object> rules = new LinkedHashMap<>();
    for (Map.Entry<String, RuleConfig> e : v.rules().entrySet()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      String severity = e.getValue().severityLabel();
      if (severity != null) {
        rule.put("severity", severity);
      }
      rule.putAll(e.getValue().options());
      rules.put(e.getKey(), rule);
    }
    doc.put("rules", rules);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    StringBuilder out = new StringBuilder();
    List<String> sources = new ArrayList<>();
    v.sources().forEach(p -> sources.add(DisplayPaths.of(cwd, p)));
    out.append("# effective sievelint configuration; read from: ")
        .append(sources.isEmpty() ? "no file (defaults)" : String.join(", ", sources))
        .append('\n');
    if (server.note() != null) {
      out.append("# ").append(server.note()).append('\n');
    }
    out.append(new Yaml(options).dump(doc));
    return out.toString();
  }
}
