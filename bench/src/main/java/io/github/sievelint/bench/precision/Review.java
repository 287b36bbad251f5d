package io.github.sievelint.bench.precision;

import io.github.sievelint.bench.precision.Marks.Mark;
import io.github.sievelint.bench.precision.Marks.Verdict;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.report.Fingerprints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Gives each finding its verdict: a reader's mark when there is one, else sievec's agreement for an
 * error on a line where sievec reports one, else none, with a hint for the reader. {@code validity}
 * are the rules whose errors sievec would also report; {@code infoSample} is how many infos of each
 * rule are to read.
 */
record Review(
    Map<String, ScriptVerdict> verdicts,
    SievecErrors sievec,
    Set<String> validity,
    Marks marks,
    int infoSample) {

  /** Who decided a finding's verdict. */
  enum Source {
    /** A reader, in the marks file. */
    READ,
    /** sievec: an error of a validity rule on a line where sievec reports an error. */
    SIEVEC,
    /** Nobody yet. */
    NONE
  }

  /**
   * A finding and its verdict ({@code null} while unmarked); {@code toRead} when a reader still has
   * to mark it (every unmarked warning or error, and the sampled infos).
   */
  record Reviewed(
      Finding finding,
      @Nullable Verdict verdict,
      Source source,
      String reason,
      boolean toRead,
      boolean sampled) {}

  private static final Pattern NOT_VALIDITY = Pattern.compile("NOT_VALIDITY\\s*=\\s*\\{([^}]*)}");
  private static final Pattern QUOTED = Pattern.compile("\"([a-z0-9-]+)\"");

  /**
   * The rules whose errors say a script does not compile, as sievec would say it: the rules of the
   * syntax-and-validity category, less those that {@code ../shared/tools/conformance} does not
   * count as validity (errors that Sieve only raises when the script runs, like a second vacation).
   */
  static Set<String> validityRules(RuleRegistry registry, Path conformance) throws IOException {
    Set<String> notValidity = new HashSet<>();
    if (Files.isRegularFile(conformance)) {
      Matcher set = NOT_VALIDITY.matcher(Files.readString(conformance, StandardCharsets.UTF_8));
      if (set.find()) {
        Matcher id = QUOTED.matcher(set.group(1));
        while (id.find()) {
          notValidity.add(id.group(1));
        }
      }
    }
    Set<String> rules = new TreeSet<>();
    for (RuleInfo info : registry.infos()) {
      if (info.category() == Category.SYNTAX && !notValidity.contains(info.id())) {
        rules.add(info.id());
      }
    }
    return rules;
  }

  /** The findings with their verdicts, in the order given. */
  List<Reviewed> review(List<Finding> findings) {
    Set<Finding.Key> sample = sample(findings);
    List<Reviewed> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Mark mark = marks.all().get(f.key());
      boolean sampled = sample.contains(f.key());
      if (mark != null) {
        out.add(new Reviewed(f, mark.verdict(), Source.READ, mark.reason(), false, sampled));
        continue;
      }
      ScriptVerdict script = verdicts.get(f.file());
      boolean validityError = f.severity() == Severity.ERROR && validity.contains(f.ruleId());
      Set<Integer> errorLines = sievec.of(f.file());
      if (validityError && errorLines.contains(f.line())) {
        String reason = "auto: sievec line " + f.line();
        out.add(new Reviewed(f, Verdict.TRUE, Source.SIEVEC, reason, false, sampled));
        continue;
      }
      boolean toRead = f.severity().atLeast(Severity.WARNING) || sampled;
      String hint = validityError ? hint(f, script, errorLines) : "";
      out.add(new Reviewed(f, null, Source.NONE, hint, toRead, sampled));
    }
    return out;
  }

  /**
   * The marks whose finding is gone: the rule, the line or the script changed since the reading.
   */
  List<Mark> stale(List<Finding> findings) {
    Set<Finding.Key> present = new HashSet<>();
    for (Finding f : findings) {
      present.add(f.key());
    }
    return marks.all().values().stream().filter(m -> !present.contains(m.key())).toList();
  }

  /** What sievec's verdict suggests about an unmarked error of a validity rule. */
  private static String hint(Finding f, @Nullable ScriptVerdict script, Set<Integer> errorLines) {
    if (script == null) {
      return "";
    }
    if (script.errorClass().equals("ok")) {
      return "candidate false: sievec compiles this script";
    }
    if (errorLines.isEmpty()) {
      return "sievec could not judge this script (" + script.errorClass() + ")";
    }
    int first = errorLines.iterator().next();
    if (f.line() < first) {
      return "before sievec's first error (line " + first + "): candidate false";
    }
    return "sievec reports no error on this line (it does on "
        + (errorLines.size() == 1 ? "line " : "lines ")
        + errorLines.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + "): a cascade, or one error reported twice?";
  }

  /**
   * The infos to read: per rule, the {@code infoSample} keys with the smallest hash, so the sample
   * stays the same from run to run and does not move when other findings come or go.
   */
  private Set<Finding.Key> sample(List<Finding> findings) {
    Map<String, Set<Finding.Key>> infos = new TreeMap<>();
    for (Finding f : findings) {
      if (f.severity() == Severity.INFO) {
        infos.computeIfAbsent(f.ruleId(), r -> new HashSet<>()).add(f.key());
      }
    }
    Set<Finding.Key> sample = new HashSet<>();
    for (Set<Finding.Key> keys : infos.values()) {
      keys.stream()
          .sorted(Comparator.comparing((Finding.Key k) -> Fingerprints.hash(k.toString())))
          .limit(infoSample)
          .forEach(sample::add);
    }
    return sample;
  }
}
