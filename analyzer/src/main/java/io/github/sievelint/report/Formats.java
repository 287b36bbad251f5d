package io.github.sievelint.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats by name, and the writer for each. */
public final class Formats {

  private Formats() {}

  /** Every format name, in the order help texts list them. */
  public static final List<String> NAMES =
      List.of("text", "concise", "json", "sarif", "checkstyle", "github", "gitlab", "junit");

  /** The writer for {@code name}; {@code color} only matters for text, {@code root} for SARIF. */
  public static Optional<ReportWriter> writer(String name, boolean color, Path root) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text" -> Optional.of(new TextWriter(color));
      case "concise" -> Optional.of(new ConciseWriter());
      case "json" -> Optional.of(new JsonWriter());
      case "sarif" -> Optional.of(new SarifWriter(root));
      case "checkstyle" -> Optional.of(new CheckstyleWriter());
      case "github" -> Optional.of(new GithubWriter());
      case "gitlab" -> Optional.of(new GitlabWriter());
      case "junit" -> Optional.of(new JunitWriter());
      default -> Optional.empty();
    };
  }
}
