package io.github.sievelint.bench.precision;

import io.github.sievelint.bench.precision.Review.Reviewed;
import io.github.sievelint.bench.precision.Review.Source;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The reading material in {@code bench/target/precision}: one Markdown file per rule with each
 * finding, its mark and the script lines around it, and {@code to-read.tsv}, the unmarked keys in
 * the marks file's format. Script text only ever goes here, never into the repository.
 */
final class ReviewFiles {

  /** Lines of script shown before and after a finding's line. */
  private static final int CONTEXT = 3;

  private final Path corpus;
  private final Path out;
  private final Map<String, ScriptVerdict> verdicts;
  private final SievecErrors sievec;
  private final Map<String, SourceFile> sources = new HashMap<>();

  ReviewFiles(Path corpus, Path out, Map<String, ScriptVerdict> verdicts, SievecErrors sievec) {
    this.corpus = corpus;
    this.out = out;
    this.verdicts = verdicts;
    this.sievec = sievec;
  }

  /** Replaces the folder's review files with those of {@code reviewed}, grouped by rule. */
  void write(Map<String, List<Reviewed>> byRule) throws IOException {
    Files.createDirectories(out);
    try (Stream<Path> old = Files.list(out)) {
      for (Path p : old.filter(p -> p.toString().endsWith(".md")).toList()) {
        Files.delete(p);
      }
    }
    StringBuilder toRead = new StringBuilder(Marks.HEADER).append('\n');
    Set<Finding.Key> listed = new HashSet<>();
    for (Map.Entry<String, List<Reviewed>> rule : byRule.entrySet()) {
      StringBuilder page = new StringBuilder();
      page.append("# ").append(rule.getKey()).append(": ");
      page.append(rule.getValue().size()).append(" findings\n\n");
      page.append("Mark a finding in docs/precision/marks.tsv under its file, line and rule");
      page.append(" (see docs/precision.md).\n");
      for (Reviewed r : rule.getValue()) {
        Finding.Key k = r.finding().key();
        if (r.toRead() && listed.add(k)) {
          toRead.append(k.file()).append('\t').append(k.line()).append('\t');
          toRead.append(k.rule()).append("\t\t\n");
        }
        finding(page, r);
      }
      Files.writeString(out.resolve(rule.getKey() + ".md"), page, StandardCharsets.UTF_8);
    }
    Files.writeString(out.resolve("to-read.tsv"), toRead, StandardCharsets.UTF_8);
  }

  private void finding(StringBuilder page, Reviewed r) throws IOException {
    Finding f = r.finding();
    page.append("\n## ").append(f.file()).append(':').append(f.line()).append(':');
    page.append(f.column()).append(' ').append(f.severity().label()).append('\n');
    page.append('\n').append(f.message()).append("\n\n");
    page.append("- mark: ").append(mark(r)).append('\n');
    ScriptVerdict script = verdicts.get(f.file());
    if (script != null) {
      page.append("- sievec: ").append(script.errorClass());
      if (!script.firstError().isEmpty()) {
        page.append(", ").append(script.firstError());
      }
      Set<Integer> lines = sievec.of(f.file());
      if (sievec.complete() && lines.size() > 1) {
        page.append(" (errors on lines ");
        page.append(lines.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        page.append(')');
      }
      page.append('\n');
    }
    SourceFile source = source(f.file());
    if (source == null) {
      return;
    }
    int from = Math.max(1, f.line() - CONTEXT);
    int to = Math.min(source.lineCount(), f.line() + CONTEXT);
    StringBuilder block = new StringBuilder();
    for (int line = from; line <= to; line++) {
      block.append(line == f.line() ? "> " : "  ").append(String.format("%4d  ", line));
      block.append(source.lineText(line).replace('\t', ' ')).append('\n');
    }
    String fence = fence(block);
    page.append('\n').append(fence).append('\n').append(block).append(fence).append('\n');
  }

  private static String mark(Reviewed r) {
    if (r.source() == Source.NONE) {
      String what = r.toRead() ? "unmarked, to read" : "unmarked (info, not in the sample)";
      return r.reason().isEmpty() ? what : what + "; " + r.reason();
    }
    String verdict = r.verdict() == null ? "" : r.verdict().label();
    return verdict + " (" + (r.source() == Source.READ ? "read" : "sievec") + "): " + r.reason();
  }

  /** A code fence longer than any run of backticks in the block. */
  private static String fence(CharSequence block) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < block.length(); i++) {
      run = block.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  private @Nullable SourceFile source(String file) throws IOException {
    SourceFile cached = sources.get(file);
    if (cached != null) {
      return cached;
    }
    Path path = corpus.resolve(file);
    if (!Files.isRegularFile(path)) {
      return null;
    }
    SourceFile source = SourceFile.decode(file, Files.readAllBytes(path));
    sources.put(file, source);
    return source;
  }
}
