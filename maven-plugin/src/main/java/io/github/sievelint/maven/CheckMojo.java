package io.github.sievelint.maven;

import io.github.sievelint.config.ConfigException;
import io.github.sievelint.config.ConfigLoader;
import io.github.sievelint.config.ConfigValues;
import io.github.sievelint.fix.Fixer;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Failures;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.ConciseWriter;
import io.github.sievelint.report.Formats;
import io.github.sievelint.report.Summary;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.run.CheckException;
import io.github.sievelint.run.CheckRun;
import io.github.sievelint.run.DisplayPaths;
import io.github.sievelint.run.FixRun;
import io.github.sievelint.run.Layers;
import io.github.sievelint.run.Linted;
import io.github.sievelint.run.RunOptions;
import io.github.sievelint.run.ScriptFinder;
import io.github.sievelint.run.Shown;
import io.github.sievelint.spec.Names;
import io.github.sievelint.spec.ServerProfiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Lints the Sieve scripts of the project with sievelint: the same run as {@code sievelint check}
 * (configuration files, suppressions, baseline, cross-account rules, report files), with each
 * finding logged at its level and the build failed on violations.
 *
 * <p>Parameters left unset fall back to the project's {@code .sievelint.yaml} and {@code
 * sievelint.yaml}, as the command line's options do; parameters that are set win over them.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresProject = true)
public class CheckMojo extends AbstractMojo {

  /** Skips the check. */
  @Parameter(property = "sievelint.skip", defaultValue = "false")
  boolean skip;

  /**
   * Whether violations fail the build. Unset: true, unless the configuration says {@code exitZero:
   * true}.
   */
  @Parameter(property = "sievelint.failOnViolation")
  @Nullable Boolean failOnViolation;

  /**
   * The least severity that counts as a violation: {@code error}, {@code warning}, {@code info}, or
   * {@code never}. Unset: the configuration's {@code failOn}, else {@code warning}.
   */
  @Parameter(property = "sievelint.failOnSeverity")
  @Nullable String failOnSeverity;

  /** How many violations the build tolerates before it fails. */
  @Parameter(property = "sievelint.maxAllowedViolations", defaultValue = "0")
  int maxAllowedViolations;

  /**
   * Folders (or files) to lint. Default: the project's folder. Folders are walked without going
   * into the build folder or the folders of the project's modules, which lint themselves.
   */
  @Parameter(property = "sievelint.sourceDirectories")
  @Nullable List<File> sourceDirectories;

  /**
   * Ant-style patterns, relative to each source folder, of the files to lint. Default: {@code
   * **}{@code /*.sieve} and {@code **}{@code /*.siv}.
   */
  @Parameter(property = "sievelint.includes")
  @Nullable List<String> includes;

  /**
   * Pass when the source folders hold no script. Default false: a mistyped {@code
   * sourceDirectories} fails the build instead of passing with nothing checked. A project with
   * modules and no {@code sourceDirectories} is allowed to be empty, as its modules lint their own
   * folders.
   */
  @Parameter(property = "sievelint.allowEmpty", defaultValue = "false")
  boolean allowEmpty;

  /** Ant-style patterns, relative to each source folder, of files not to lint. */
  @Parameter(property = "sievelint.excludes")
  @Nullable List<String> excludes;

  /**
   * One configuration file to use instead of the {@code .sievelint.yaml} and {@code sievelint.yaml}
   * files found from each script's folder up to the repository root.
   */
  @Parameter(property = "sievelint.configLocation")
  @Nullable File configLocation;

  /**
   * The server profile: {@code generic}, {@code dovecot-2.3}, {@code dovecot-2.4}, {@code cyrus},
   * {@code stalwart}, {@code exim}. Unset: the configuration's {@code server}, else generic.
   */
  @Parameter(property = "sievelint.server")
  @Nullable String server;

  /**
   * A baseline written by {@code sievelint check --update-baseline}: the findings it records are
   * not reported. Unset: the configuration's {@code baseline}, if any.
   */
  @Parameter(property = "sievelint.baselineFile")
  @Nullable File baselineFile;

  /**
   * Report files by format ({@code sarif}, {@code checkstyle}, {@code junit}, {@code json}, {@code
   * gitlab}, {@code github}, {@code concise}, {@code text}), for example {@code
   * <sarif>target/sievelint.sarif</sarif>}; relative paths are relative to the project's folder.
   * Unset: SARIF in {@code target/sievelint.sarif} and Checkstyle XML in {@code
   * target/sievelint-checkstyle.xml}.
   */
  @Parameter @Nullable Map<String, String> reports;

  /** Whether to log every finding; the summary line is logged either way. */
  @Parameter(property = "sievelint.consoleOutput", defaultValue = "true")
  boolean consoleOutput;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Parameter(defaultValue = "${project.modules}", readonly = true)
  @Nullable List<String> modules;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  @Nullable String pluginVersion;

  /** The rules checked: the built-in ones; tests add a failing rule to see a failure contained. */
  RuleRegistry registry = BuiltinRules.registry();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("sievelint: skipped (sievelint.skip)");
      return;
    }
    Path base = basedir.toPath().toAbsolutePath().normalize();
    ConfigValues own = parameterLayer(base);
    CheckRun run;
    Linted linted;
    try {
      Layers layers =
          Layers.open(
              new ConfigLoader(registry, base),
              base,
              false,
              configLocation == null ? null : configLocation.toPath(),
              own);
      RunOptions options = RunOptions.of(layers.forFolder(base), "text");
      run =
          new CheckRun(
              base, registry, layers, options, pluginVersion == null ? "unknown" : pluginVersion);
      linted = run.lintFiles(roots(base), selection(base));
    } catch (ConfigException e) {
      throw new MojoExecutionException("sievelint: " + e.getMessage(), e);
    }
    List<Fixer.Failure> fixFailures = List.of();
    Fix.@Nullable Applicability level = fixLevel();
    if (level != null) {
      Fixer.Result<Linted> result = fix(run, linted, base, level);
      linted = result.last();
      fixFailures = result.failures();
    }
    linted.errors().forEach(error -> log.error("sievelint: " + error));
    linted.notes().forEach(note -> log.info("sievelint: " + note));
    boolean aggregator =
        (sourceDirectories == null || sourceDirectories.isEmpty())
            && modules != null
            && !modules.isEmpty();
    if (linted.filesChecked() == 0
        && linted.diagnostics().isEmpty()
        && linted.errors().isEmpty()
        && !allowEmpty
        && !aggregator) {
      throw new MojoExecutionException(
          "sievelint: no scripts found under "
              + String.join(", ", sourceNames(base))
              + " (set allowEmpty to accept that)");
    }

    Shown shown;
    try {
      shown = run.applyBaseline(linted);
    } catch (CheckException e) {
      throw new MojoExecutionException("sievelint: " + e.getMessage(), e);
    }
    shown.notes().forEach(note -> log.info("sievelint: " + note));
    List<Diagnostic> found = shown.report().diagnostics();
    if (consoleOutput) {
      found.forEach(d -> logFinding(log, d));
    }
    log.info("sievelint: " + Summary.line(found, linted.filesChecked()));
    try {
      run.writeReports(shown.report());
    } catch (CheckException e) {
      throw new MojoExecutionException("sievelint: " + e.getMessage(), e);
    }
    for (Path report : run.options().reports().values()) {
      log.info("sievelint: wrote " + DisplayPaths.of(base, report));
    }
    // With every report written: the tool failed on part of the input, which is not the
    // project's violation but sievelint's bug, so the build fails with an execution error.
    for (Failures.Failure failure : linted.failures()) {
      log.error("sievelint: " + failure.line().replace("--debug", "-X (Maven's debug output)"));
      log.debug("sievelint: the stack trace of the internal error", failure.error());
    }
    for (Fixer.Failure failure : fixFailures) {
      log.error("sievelint: " + failure.line());
    }
    if (!fixFailures.isEmpty()) {
      throw new MojoExecutionException(
          "sievelint: a fix made "
              + fixFailures.size()
              + (fixFailures.size() == 1 ? " file" : " files")
              + " worse and was undone (a sievelint bug); the other fixes were written");
    }
    if (!linted.failures().isEmpty()) {
      throw new MojoExecutionException(
          "sievelint: internal error in "
              + linted.failures().size()
              + (linted.failures().size() == 1 ? " part" : " parts")
              + " of the input (a sievelint bug); everything else was checked and reported");
    }
    if (!linted.errors().isEmpty()) {
      throw new MojoExecutionException(
          "sievelint: "
              + linted.errors().size()
              + (linted.errors().size() == 1 ? " problem" : " problems")
              + " reading the scripts or the model; see the errors above");
    }
    failOnViolations(run.options(), found);
  }

  /** The fixes this goal applies: none for {@code check}. */
  Fix.@Nullable Applicability fixLevel() {
    return null;
  }

  /**
   * Applies fixes up to {@code level} under the source folders, each pass checked by a whole run
   * over the changed texts, writes the fixed files and logs them.
   */
  private Fixer.Result<Linted> fix(CheckRun run, Linted linted, Path base, Fix.Applicability level)
      throws MojoExecutionException {
    List<Path> roots = roots(base);
    ScriptFinder.Selection selection = selection(base);
    FixRun files = new FixRun(base, roots);
    Fixer.Result<Linted> result;
    try {
      result =
          files.fix(
              linted,
              level,
              texts -> {
                try {
                  return run.withTexts(texts).lintFiles(roots, selection);
                } catch (ConfigException e) {
                  throw new IllegalStateException("sievelint: " + e.getMessage(), e);
                }
              });
    } catch (IllegalStateException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    List<String> written;
    try {
      written = files.write(result.texts());
    } catch (CheckException e) {
      throw new MojoExecutionException("sievelint: " + e.getMessage(), e);
    }
    for (String path : written) {
      getLog().info("sievelint: fixed " + path);
    }
    getLog()
        .info(
            "sievelint: "
                + result.fixed()
                + (result.fixed() == 1 ? " fix" : " fixes")
                + " applied in "
                + written.size()
                + (written.size() == 1 ? " file" : " files"));
    return result;
  }

  private void failOnViolations(RunOptions options, List<Diagnostic> found)
      throws MojoFailureException {
    // failOnViolation=false is the configuration's exitZero: true, set in parameterLayer.
    Optional<Severity> threshold = options.failThreshold();
    if (options.exitZero() || threshold.isEmpty()) {
      return;
    }
    int violations = CheckRun.countAtLeast(found, threshold.get());
    if (violations > maxAllowedViolations) {
      throw new MojoFailureException(
          "sievelint: "
              + violations
              + (violations == 1 ? " violation" : " violations")
              + " at or above "
              + threshold.get().label()
              + (maxAllowedViolations > 0 ? " (" + maxAllowedViolations + " allowed)" : "")
              + (consoleOutput ? "; the findings are listed above" : "; the reports list them"));
    }
  }

  /** A finding and its related locations, at the finding's level, as IDE consoles link them. */
  private static void logFinding(Log log, Diagnostic d) {
    List<String> lines = new ArrayList<>();
    lines.add(ConciseWriter.line(d, false));
    for (Related related : d.related()) {
      lines.add("    " + ConciseWriter.line(related));
    }
    for (String line : lines) {
      switch (d.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        case INFO -> log.info(line);
      }
    }
  }

  /** The plugin's parameters as the nearest configuration layer, as the command line's are. */
  private ConfigValues parameterLayer(Path base) throws MojoExecutionException {
    String failOn = null;
    if (failOnSeverity != null && !failOnSeverity.isBlank()) {
      failOn = failOnSeverity.trim().toLowerCase(Locale.ROOT);
      if (!ConfigLoader.FAIL_ON.contains(failOn)) {
        throw new MojoExecutionException(
            "sievelint: failOnSeverity must be error, warning, info or never, not '"
                + failOnSeverity
                + "'");
      }
    }
    String profile = null;
    if (server != null && !server.isBlank()) {
      if (ServerProfiles.byId(server.trim()).isEmpty()) {
        throw new MojoExecutionException(
            "sievelint: unknown server profile '"
                + server
                + "'"
                + Names.didYouMean(server, ServerProfiles.ids())
                + "; choose one of "
                + String.join(", ", ServerProfiles.ids()));
      }
      profile = server.trim().toLowerCase(Locale.ROOT);
    }
    Map<String, Path> files = new LinkedHashMap<>();
    if (reports == null || reports.isEmpty()) {
      Path target = buildDirectory.toPath();
      files.put("sarif", target.resolve("sievelint.sarif"));
      files.put("checkstyle", target.resolve("sievelint-checkstyle.xml"));
    } else {
      for (Map.Entry<String, String> report : reports.entrySet()) {
        String format = report.getKey().trim().toLowerCase(Locale.ROOT);
        if (!Formats.NAMES.contains(format)) {
          throw new MojoExecutionException(
              "sievelint: unknown report format '"
                  + report.getKey()
                  + "'; choose one of "
                  + String.join(", ", Formats.NAMES));
        }
        files.put(format, base.resolve(report.getValue().trim()).normalize());
      }
    }
    return new ConfigValues(
        List.of(),
        false,
        null,
        null,
        files,
        failOn,
        failOnViolation == null ? null : !failOnViolation,
        profile,
        null,
        List.of(),
        baselineFile == null ? null : base.resolve(baselineFile.toPath()).normalize(),
        null,
        null,
        null,
        null,
        Map.of(),
        null);
  }

  /** The configured source folders that exist; missing ones are only mentioned. */
  private List<Path> roots(Path base) {
    if (sourceDirectories == null || sourceDirectories.isEmpty()) {
      return List.of(base);
    }
    List<Path> roots = new ArrayList<>();
    for (File folder : sourceDirectories) {
      Path root = base.resolve(folder.toPath()).normalize();
      if (Files.exists(root)) {
        roots.add(root);
      } else {
        getLog().warn("sievelint: " + DisplayPaths.of(base, root) + " does not exist");
      }
    }
    return roots;
  }

  /** The configured source folders as the user wrote them, sorted; the project folder if none. */
  private List<String> sourceNames(Path base) {
    if (sourceDirectories == null || sourceDirectories.isEmpty()) {
      return List.of(".");
    }
    return sourceDirectories.stream()
        .map(f -> DisplayPaths.of(base, base.resolve(f.toPath()).normalize()))
        .sorted()
        .toList();
  }

  /** The build folder and the modules' folders are not walked: modules lint their own files. */
  private ScriptFinder.Selection selection(Path base) {
    List<Path> skipped = new ArrayList<>();
    skipped.add(base.resolve(buildDirectory.toPath()));
    if (modules != null) {
      for (String module : modules) {
        Path folder = base.resolve(module).normalize();
        // A module may name its pom file instead of its folder.
        skipped.add(
            Files.isRegularFile(folder) && folder.getParent() != null
                ? folder.getParent()
                : folder);
      }
    }
    return new ScriptFinder.Selection(
        includes == null ? List.of() : includes, excludes == null ? List.of() : excludes, skipped);
  }
}
