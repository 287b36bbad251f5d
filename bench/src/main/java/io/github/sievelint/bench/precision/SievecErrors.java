package io.github.sievelint.bench.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The lines on which Pigeonhole's sievec reports an error, per script: the first error from {@code
 * verdicts.tsv}, and every other one when {@code ../shared/tools/peer-sievec} can run (verdicts.tsv
 * keeps only the first, but sievec goes on validating after it).
 */
final class SievecErrors {

  private static final Pattern ERROR = Pattern.compile(": line (\\d+): error:");

  private final Map<String, Set<Integer>> lines;
  private final boolean complete;

  private SievecErrors(Map<String, Set<Integer>> lines, boolean complete) {
    this.lines = lines;
    this.complete = complete;
  }

  /** The error lines of {@code file}, ascending; empty for a script sievec compiles. */
  Set<Integer> of(String file) {
    return lines.getOrDefault(file, Set.of());
  }

  /** Whether every error line is known, not only each script's first. */
  boolean complete() {
    return complete;
  }

  /**
   * The first error of each invalid or include-missing script, and, with {@code peer} not null, the
   * others that peer-sievec prints for them (run in the corpus, its output kept in {@code log}).
   * When peer-sievec fails, only the first errors are known.
   */
  static SievecErrors find(
      Map<String, ScriptVerdict> verdicts, Path corpus, @Nullable Path peer, Path log)
      throws IOException, InterruptedException {
    Map<String, Set<Integer>> lines = new TreeMap<>();
    List<String> scripts = new ArrayList<>();
    for (ScriptVerdict v : verdicts.values()) {
      boolean failed = v.invalid() || v.errorClass().equals("include-missing");
      if (failed && Files.isRegularFile(corpus.resolve(v.path()))) {
        scripts.add(v.path());
        if (v.firstErrorLine() > 0) {
          lines.computeIfAbsent(v.path(), p -> new TreeSet<>()).add(v.firstErrorLine());
        }
      }
    }
    if (peer == null || !Files.isExecutable(peer) || scripts.isEmpty()) {
      return new SievecErrors(lines, false);
    }
    List<String> command = new ArrayList<>(List.of(peer.toString(), "-v"));
    command.addAll(scripts);
    Process process =
        new ProcessBuilder(command)
            .directory(corpus.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    // 0: every script compiled, 1: some did not; 2 is a setup problem (no sievec to be had).
    if (process.waitFor() > 1) {
      return new SievecErrors(lines, false);
    }
    String current = null;
    for (String line :
        new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.startsWith("\t")) {
        int tab = line.indexOf('\t');
        current = tab > 0 ? line.substring(0, tab) : null;
        continue;
      }
      Matcher m = ERROR.matcher(line);
      if (current != null && m.find()) {
        lines.computeIfAbsent(current, p -> new TreeSet<>()).add(Integer.parseInt(m.group(1)));
      }
    }
    return new SievecErrors(lines, true);
  }
}
