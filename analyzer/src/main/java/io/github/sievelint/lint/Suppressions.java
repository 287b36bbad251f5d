package io.github.sievelint.lint;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Comment;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The suppression directives of one script and their effect on its findings.
 *
 * <p>{@code # sievelint: disable=id[,id] -- reason} alone on a line covers the next command and its
 * block; at the end of a line it covers that line. {@code # sievelint: disable-file=id[,id]} covers
 * the whole file. A directive that names an unknown rule, or that hides nothing although its rule
 * ran, is reported as {@value #RULE_ID}.
 */
public final class Suppressions {

  /** The rule that reports useless directives; the linter reports it, as it needs the others. */
  public static final String RULE_ID = "unused-suppression";

  private static final Pattern PREFIX = Pattern.compile("^(?:#|/\\*)\\s*sievelint\\s*:");
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "^(?:#|/\\*)\\s*sievelint\\s*:\\s*(disable-file|disable)\\s*=\\s*"
              // The list repeats possessively: a repeated group is matched recursively, one stack
              // frame per item, unless it may not backtrack; a long list would overflow the stack.
              + "([A-Za-z0-9_-]+(?:\\s*,\\s*[A-Za-z0-9_-]+)*+)\\s*(?:--.*?)?\\s*(?:\\*/)?\\s*$",
          Pattern.DOTALL);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

  /** One rule id of one directive, with where it is written and the lines it covers. */
  static final class Entry {
    final String ruleId;
    final Span idSpan;
    final int firstLine;
    final int lastLine;
    final boolean wholeFile;
    int hits;

    Entry(String ruleId, Span idSpan, int firstLine, int lastLine, boolean wholeFile) {
      this.ruleId = ruleId;
      this.idSpan = idSpan;
      this.firstLine = firstLine;
      this.lastLine = lastLine;
      this.wholeFile = wholeFile;
    }

    boolean covers(Diagnostic d) {
      return d.ruleId().equals(ruleId) && coversLine(d.span().startLine());
    }

    boolean coversLine(int line) {
      return wholeFile || (line >= firstLine && line <= lastLine);
    }
  }

  /** A directive that could not be read, or that covers no command. */
  private record Problem(Span span, String message) {}

  private final String path;
  private final List<Entry> entries;
  private final List<Problem> problems;

  private Suppressions(String path, List<Entry> entries, List<Problem> problems) {
    this.path = path;
    this.entries = entries;
    this.problems = problems;
  }

  /** Reads the directives from the comments of {@code parsed}. */
  public static Suppressions read(ParseResult parsed) {
    return read(parsed, () -> Walker.commands(parsed.script()));
  }

  /**
   * Reads the directives from the comments of {@code parsed}, whose every command ({@link
   * Walker#commands}) is {@code commands}; they are asked for only when a directive needs the
   * command after it, so a script without directives costs one look at each comment.
   */
  static Suppressions read(ParseResult parsed, Supplier<List<Command>> commands) {
    if (parsed.comments().stream().noneMatch(c -> PREFIX.matcher(c.text().strip()).find())) {
      return new Suppressions(parsed.source().path(), List.of(), List.of());
    }
    SourceFile source = parsed.source();
    List<Entry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<Integer, Integer> commentEnds = new HashMap<>();
    List<Command> walked = null;
    for (Comment comment : parsed.comments()) {
      commentEnds.put(comment.span().start(), comment.span().end());
    }
    for (Comment comment : parsed.comments()) {
      String text = comment.text().strip();
      if (!PREFIX.matcher(text).find()) {
        continue;
      }
      Matcher m = DIRECTIVE.matcher(text);
      if (!m.matches()) {
        problems.add(
            new Problem(
                comment.span(),
                "sievelint directive not understood; write '# sievelint: disable=rule-id --"
                    + " reason' or '# sievelint: disable-file=rule-id'"));
        continue;
      }
      boolean wholeFile = m.group(1).equals("disable-file");
      int first;
      int last;
      if (wholeFile) {
        first = 1;
        last = Integer.MAX_VALUE;
      } else if (!source
          .text()
          .substring(lineStart(comment.span()), comment.span().start())
          .isBlank()) {
        // Trailing directive: it covers the line it ends.
        first = comment.span().startLine();
        last = first;
      } else {
        if (walked == null) {
          walked = commands.get();
        }
        Optional<Command> next = nextCommand(source, walked, comment, commentEnds);
        if (next.isEmpty()) {
          problems.add(
              new Problem(
                  comment.span(),
                  "sievelint directive is not followed by a command, so it suppresses nothing"));
          continue;
        }
        first = next.get().span().startLine();
        last = next.get().span().endLine();
      }
      int base =
          comment.span().start()
              + (comment.text().length() - comment.text().stripLeading().length());
      Matcher ids = ID.matcher(m.group(2));
      while (ids.find()) {
        int at = base + m.start(2) + ids.start();
        entries.add(
            new Entry(
                ids.group().toLowerCase(Locale.ROOT),
                source.span(at, at + ids.group().length()),
                first,
                last,
                wholeFile));
      }
    }
    return new Suppressions(source.path(), entries, problems);
  }

  /**
   * The rule ids with their lines, for the repository pass; problems stay with the per-file one.
   */
  List<Entry> entries() {
    return entries;
  }

  private static int lineStart(Span span) {
    return span.start() - (span.startColumn() - 1);
  }

  /** The first command after {@code comment} with only blanks and comments in between. */
  private static Optional<Command> nextCommand(
      SourceFile source, List<Command> commands, Comment comment, Map<Integer, Integer> comments) {
    String text = source.text();
    int at = comment.span().end();
    while (at < text.length()) {
      if (Character.isWhitespace(text.charAt(at))) {
        at++;
        continue;
      }
      Integer end = comments.get(at);
      if (end == null) {
        break;
      }
      at = end;
    }
    for (Command command : commands) {
      if (command.span().start() == at) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }

  /**
   * The findings that no directive hides, plus a {@value #RULE_ID} finding for each useless
   * directive when that rule is in {@code registry} and enabled in {@code settings}.
   */
  public List<Diagnostic> apply(
      List<Diagnostic> found, RuleRegistry registry, LintSettings settings) {
    return apply(found, registry, settings, settings::enabled);
  }

  /**
   * Like {@link #apply(List, RuleRegistry, LintSettings)}, where {@code ran} says which rules ran
   * on the script: a directive for a rule that did not run (one that needs the whole script, on a
   * patched tree) cannot be said to hide nothing.
   */
  public List<Diagnostic> apply(
      List<Diagnostic> found, RuleRegistry registry, LintSettings settings, Predicate<String> ran) {
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : found) {
      boolean hidden = false;
      for (Entry e : entries) {
        if (e.covers(d)) {
          e.hits++;
          hidden = true;
        }
      }
      if (!hidden) {
        kept.add(d);
      }
    }
    Optional<Rule> rule = registry.find(RULE_ID);
    if (rule.isEmpty() || !settings.enabled(RULE_ID)) {
      return kept;
    }
    Severity severity = settings.severityOf(rule.get().info());
    List<Diagnostic> unused = new ArrayList<>();
    for (Problem p : problems) {
      unused.add(diagnostic(severity, p.span(), p.message(), null));
    }
    for (Entry e : entries) {
      if (e.ruleId.equals(RULE_ID)) {
        continue;
      }
      if (!registry.contains(e.ruleId)) {
        unused.add(
            diagnostic(
                severity,
                e.idSpan,
                "sievelint directive names unknown rule '"
                    + e.ruleId
                    + "'"
                    + registry.didYouMean(e.ruleId),
                "check the id with 'sievelint rules'"));
      } else if (e.hits == 0 && ran.test(e.ruleId)) {
        unused.add(unused(severity, path, e));
      }
    }
    for (Diagnostic d : unused) {
      if (entries.stream().noneMatch(e -> e.covers(d))) {
        kept.add(d);
      }
    }
    return kept;
  }

  /** The finding for {@code e}, a directive of the script at {@code path} that hides nothing. */
  static Diagnostic unused(Severity severity, String path, Entry e) {
    return new Diagnostic(
        RULE_ID,
        severity,
        path,
        e.idSpan,
        "sievelint directive disables "
            + e.ruleId
            + (e.wholeFile ? " in this file" : "")
            + ", which reports nothing "
            + (e.wholeFile ? "here" : "in what it covers"),
        List.of(),
        "remove the directive");
  }

  private Diagnostic diagnostic(
      Severity severity, Span span, String message, @Nullable String help) {
    return new Diagnostic(RULE_ID, severity, path, span, message, List.of(), help);
  }
}
