package io.github.sievelint.report;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleRegistry;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.SourceText;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed report input for the renderer tests: its own three rules (so golden files do not change
 * when the real catalogue grows), three files of which one is clean, related locations, help lines,
 * and messages full of characters that every format must escape.
 */
final class SampleReport {

  private SampleReport() {}

  /** A rule that only carries metadata. */
  record SampleRule(RuleInfo info) implements Rule {
    @Override
    public void check(RuleContext context) {}
  }

  static final RuleRegistry REGISTRY =
      new RuleRegistry(
          List.of(
              new SampleRule(
                  new RuleInfo(
                      "sample-error",
                      Severity.ERROR,
                      Category.ACCOUNTS,
                      "A sample error",
                      SampleReport.class)),
              new SampleRule(
                  new RuleInfo(
                      "sample-warning",
                      Severity.WARNING,
                      Category.VACATION,
                      "A sample warning",
                      SampleReport.class)),
              new SampleRule(
                  new RuleInfo(
                      "sample-note",
                      Severity.INFO,
                      Category.HYGIENE,
                      "A sample note",
                      SampleReport.class))));

  static final String ALICE =
      """
      require "vacation";
      if header :contains "subject" "away" {
      \tvacation "I am away & \\"back\\" <soon>";
      }
      redirect "bob@example.com";
      """;

  static final String BOB = "# caf\u00e9 \u2615\nredirect \"alice@example.com\";\n";

  static final String CLEAN = "keep;\n";

  static ReportInput input() {
    return input(3);
  }

  static ReportInput input(int repeatWarnings) {
    SourceFile alice = SourceFile.of("users/alice.sieve", ALICE);
    SourceFile bob = SourceFile.of("users/b o%b,x.sieve", BOB);
    SourceFile clean = SourceFile.of("users/clean.sieve", CLEAN);
    Map<String, SourceText> sources = new LinkedHashMap<>();
    for (SourceFile s : List.of(alice, bob, clean)) {
      sources.put(s.path(), s);
    }
    List<Diagnostic> list = new ArrayList<>();
    Span redirectA = span(alice, "redirect");
    Span redirectB = span(bob, "redirect");
    list.add(
        new Diagnostic(
            "sample-error",
            Severity.ERROR,
            bob.path(),
            redirectB,
            "redirect to alice@example.com loops back: a -> b, then \"b\" -> a; 100% <bad> & worse",
            List.of(new Related(alice.path(), redirectA, "alice redirects to bob here")),
            "keep a copy with :copy, or break the loop with a duplicate test"));
    list.add(
        new Diagnostic(
            "sample-error",
            Severity.ERROR,
            alice.path(),
            redirectA,
            "redirect to bob@example.com loops back\nsecond line: with a colon, and a comma",
            List.of(new Related(bob.path(), redirectB, "bob redirects to alice here")),
            null));
    Span vacation = span(alice, "vacation \"I am");
    vacation = alice.span(vacation.start(), vacation.start() + "vacation".length());
    for (int i = 0; i < repeatWarnings; i++) {
      list.add(
          new Diagnostic(
              "sample-warning",
              Severity.WARNING,
              alice.path(),
              vacation,
              "vacation has no :days; caf\u00e9 \u2615 \u0001control",
              List.of(),
              "add ':days 7'"));
    }
    list.add(
        new Diagnostic(
            "sample-note",
            Severity.INFO,
            alice.path(),
            alice.span(0, 7),
            "a note on the require",
            List.of(),
            null));
    return new ReportInput(list, sources, REGISTRY, "1.2.3", sources.size());
  }

  private static Span span(SourceFile source, String word) {
    int at = source.text().indexOf(word);
    return source.span(at, at + word.length());
  }
}
