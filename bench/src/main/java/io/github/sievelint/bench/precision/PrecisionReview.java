package io.github.sievelint.bench.precision;

import io.github.sievelint.bench.precision.Marks.Mark;
import io.github.sievelint.bench.precision.Marks.Verdict;
import io.github.sievelint.bench.precision.Review.Reviewed;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.rules.BuiltinRules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The precision review of issue #18 (docs/precision.md): lints {@code ../shared/corpus} with the
 * CLI, joins the findings with the reviewers' marks and sievec's verdicts, writes the reading
 * material to {@code bench/target/precision} and the figures to {@code docs/precision.md}.
 */
public final class PrecisionReview {

  private static final String USAGE =
      "usage: PrecisionReview [--check] [--root DIR] [--corpus DIR] [--cli COMMAND]"
          + " [--info-sample N] [--no-sievec]";

  private PrecisionReview() {}

  public static void main(String[] args) throws InterruptedException {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the review; returns 0, or 1 with {@code --check} when a finding at warning or error is
   * unmarked or marked false, or 2 on a usage, I/O or marks-file error.
   */
  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    Path root = Path.of(".");
    Path corpus = null;
    String cli = null;
    boolean check = false;
    boolean runSievec = true;
    int infoSample = 5;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      boolean hasValue = i + 1 < args.length;
      if (arg.equals("--check")) {
        check = true;
      } else if (arg.equals("--no-sievec")) {
        runSievec = false;
      } else if (arg.equals("--root") && hasValue) {
        root = Path.of(args[++i]);
      } else if (arg.equals("--corpus") && hasValue) {
        corpus = Path.of(args[++i]);
      } else if (arg.equals("--cli") && hasValue) {
        cli = args[++i];
      } else if (arg.equals("--info-sample") && hasValue && args[i + 1].matches("[0-9]{1,6}")) {
        infoSample = Integer.parseInt(args[++i]);
      } else {
        err.println(USAGE);
        return 2;
      }
    }
    root = root.toAbsolutePath().normalize();
    if (corpus == null) {
      corpus = root.resolve("../shared/corpus").normalize();
    }
    Path verdictsFile = corpus.resolve("verdicts.tsv");
    if (!Files.isRegularFile(verdictsFile)) {
      out.println("precision: no " + verdictsFile + ", so no corpus to review; nothing done");
      return 0;
    }
    List<String> command =
        cli == null ? List.of(root.resolve("sievelint").toString()) : List.of(cli.split("\\s+"));
    try {
      return review(root, corpus, command, new Options(check, runSievec, infoSample), out);
    } catch (IOException e) {
      err.println("precision: " + e.getMessage());
      return 2;
    }
  }

  /** What the command line asks for besides the paths. */
  private record Options(boolean check, boolean runSievec, int infoSample) {}

  private static int review(
      Path root, Path corpus, List<String> cli, Options options, PrintStream out)
      throws IOException, InterruptedException {
    Path work = root.resolve("bench/target/precision");
    Path doc = root.resolve("docs/precision.md");
    Marks marks = Marks.read(root.resolve("docs/precision/marks.tsv"));
    Map<String, ScriptVerdict> verdicts = ScriptVerdict.read(corpus.resolve("verdicts.tsv"));
    List<String> scripts = new ArrayList<>();
    int missing = 0;
    for (ScriptVerdict v : verdicts.values()) {
      if (!ScriptVerdict.LINTED.contains(v.errorClass())) {
        continue;
      }
      if (Files.isRegularFile(corpus.resolve(v.path()))) {
        scripts.add(v.path());
      } else {
        missing++;
      }
    }
    Files.createDirectories(work);
    CorpusLint.Result lint = new CorpusLint(cli, root, corpus, work).lint(scripts);
    Path tools = corpus.resolve("../tools").normalize();
    SievecErrors sievec =
        SievecErrors.find(
            verdicts,
            corpus,
            options.runSievec() ? tools.resolve("peer-sievec") : null,
            work.resolve("sievec.log"));
    Review review =
        new Review(
            verdicts,
            sievec,
            Review.validityRules(BuiltinRules.registry(), tools.resolve("conformance")),
            marks,
            options.infoSample());
    List<Finding> findings = new ArrayList<>(lint.findings());
    findings.sort(
        Comparator.comparing((Finding f) -> -f.severity().rank())
            .thenComparing(Finding::key)
            .thenComparingInt(Finding::column));
    List<Reviewed> reviewed = review.review(findings);
    Map<String, List<Reviewed>> byRule = new TreeMap<>();
    for (Reviewed r : reviewed) {
      byRule.computeIfAbsent(r.finding().ruleId(), id -> new ArrayList<>()).add(r);
    }
    new ReviewFiles(corpus, work, verdicts, sievec).write(byRule);
    PrecisionTable table =
        new PrecisionTable(reviewed, scripts.size(), options.infoSample(), sievec.complete());
    Files.writeString(work.resolve("index.md"), "# Precision review\n\n" + table.markdown());
    boolean updated = table.update(doc);

    out.println(
        "precision: "
            + scripts.size()
            + " corpus scripts linted ("
            + lint.filesChecked()
            + " checked by sievelint"
            + (missing > 0 ? ", " + missing + " listed in verdicts.tsv but missing" : "")
            + "), "
            + findings.size()
            + " findings; reading material in "
            + root.relativize(work));
    if (!lint.problem().isEmpty()) {
      out.println("precision: " + lint.problem());
    }
    out.println();
    out.print(table.markdown());
    out.println();
    out.println(root.relativize(doc) + (updated ? ": table updated" : ": table unchanged"));
    if (options.runSievec() && !sievec.complete()) {
      out.println(
          "precision: peer-sievec did not run (see "
              + root.relativize(work.resolve("sievec.log"))
              + "); only sievec's first error of each script is known");
    }
    return report(reviewed, review.stale(findings), options.check(), out);
  }

  /** Prints what still needs a reader and what went stale; the exit code of {@code --check}. */
  private static int report(
      List<Reviewed> reviewed, List<Mark> stale, boolean check, PrintStream out) {
    List<Reviewed> open = new ArrayList<>();
    int falses = 0;
    for (Reviewed r : reviewed) {
      if (!r.finding().severity().atLeast(Severity.WARNING)) {
        continue;
      }
      if (r.verdict() == null) {
        open.add(r);
      } else if (r.verdict() == Verdict.FALSE) {
        falses++;
      }
    }
    out.println();
    out.println("unmarked at warning or error: " + open.size());
    for (Reviewed r : open) {
      Finding f = r.finding();
      out.println(
          "  "
              + f.file()
              + ":"
              + f.line()
              + ":"
              + f.column()
              + " "
              + f.severity().label()
              + " "
              + f.ruleId()
              + ": "
              + f.message()
              + (r.reason().isEmpty() ? "" : "  [" + r.reason() + "]"));
    }
    out.println("marked false at warning or error: " + falses);
    out.println("stale marks (their finding is gone): " + stale.size());
    for (Mark m : stale) {
      out.println("  " + m.key() + " " + m.verdict().label() + ": " + m.reason());
    }
    boolean failed = !open.isEmpty() || falses > 0;
    if (check && failed) {
      out.println("precision --check: failed (unmarked or false findings at warning or error)");
      return 1;
    }
    return 0;
  }
}
