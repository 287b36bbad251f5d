package io.github.sievelint.cli;

import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.config.RuleConfig;
import io.github.sievelint.run.DisplayPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Prints the effective configuration as YAML that could be pasted into a .sievelint.yaml. */
final class ShowConfig {

  private ShowConfig() {}

  static String render(
      ConfigValues v, Path cwd, String format, String failOn, String color, int jobs) {
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
    doc.put("server", v.server() == null ? "generic" : v.server());
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
    out.append(new Yaml(options).dump(doc));
    return out.toString();
  }
}
