package io.github.sievelint.parse;

import io.github.sievelint.ast.Comment;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.grammar.SieveLexer;
import io.github.sievelint.grammar.SieveParser;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Parses one script into the tree plus every problem met; the one entry point to ANTLR.
 *
 * <p>Parsing runs in SLL mode first and falls back to full LL with error recovery only when SLL
 * fails, which is both fast for valid scripts and exact for invalid ones. Thread-safe: the
 * generated parser's DFA cache is shared and warms up across files.
 */
public final class ScriptParser {

  /**
   * Deepest nesting that is parsed: blocks, test lists, string lists and tests inside tests,
   * counted together (see {@link Nesting}). Deeper scripts get one {@code limit-exceeded} finding
   * and are not analysed further, so that every later stage stays within a small, fixed stack
   * depth.
   */
  public static final int MAX_NESTING = 256;

  /** Largest script parsed, in characters; Pigeonhole's own default limit is 1 MiB. */
  public static final int MAX_CHARS = 8 * 1024 * 1024;

  /** Longest string read whole; a vacation text is a few kilobytes. */
  public static final int MAX_STRING_CHARS = 1024 * 1024;

  /** Most items in one string list, and most arguments of one command. */
  public static final int MAX_LIST_ITEMS = 10_000;

  /**
   * Syntax errors reported per file; the rest are counted in one last problem, so that a file of
   * garbage gives a screenful, not thousands of lines.
   */
  public static final int MAX_ERRORS = 50;

  /**
   * Parses {@code source}; never throws for any input. Should the parser fail all the same (a
   * sievelint bug), the result is {@link ParseResult#failed} with what it threw, so that the file
   * is reported as an internal error and every other file is still linted.
   */
  public ParseResult parse(SourceFile source) {
    try {
      return read(source);
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      // Contained here, one file at a time: see io.github.sievelint.lint.Failures.
      return ParseResult.failed(source, e);
    }
  }

  private ParseResult read(SourceFile source) {
    String text = source.text();
    Script empty = new Script(List.of(), source.span(0, 0));
    if (source.binary()) {
      // Not text: invalid-encoding says so once; parsing it would only list garbage.
      return new ParseResult(source, empty, List.of(), List.of(), List.of());
    }
    if (text.length() > MAX_CHARS) {
      SyntaxProblem tooLarge =
          new SyntaxProblem(
              SyntaxProblem.Kind.LIMIT,
              "script is "
                  + text.length()
                  + " characters long, more than the "
                  + MAX_CHARS
                  + " that sievelint reads; it is not analysed",
              Span.FILE_START);
      return new ParseResult(source, empty, List.of(tooLarge), List.of(), List.of());
    }
    OffsetMap offsets = new OffsetMap(text);
    SieveLexer lexer = new FastSieveLexer(CharStreams.fromString(text, source.path()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();

    List<SyntaxProblem> problems = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    Nesting nesting = new Nesting();
    for (Token token : tokens.getTokens()) {
      switch (token.getType()) {
        case SieveLexer.HASH_COMMENT, SieveLexer.BRACKET_COMMENT ->
            comments.add(
                new Comment(
                    token.getText(),
                    token.getType() == SieveLexer.BRACKET_COMMENT,
                    span(source, offsets, token, token)));
        case SieveLexer.UNTERMINATED_COMMENT ->
            problems.add(
                new SyntaxProblem(
                    SyntaxProblem.Kind.SYNTAX,
                    "unterminated bracket comment: no '*/' before the end of the file",
                    span(source, offsets, token, token)));
        case SieveLexer.UNTERMINATED_STRING -> {
          Span where = span(source, offsets, token, token);
          problems.add(
              new SyntaxProblem(
                  SyntaxProblem.Kind.SYNTAX,
                  "unterminated string started at line "
                      + where.startLine()
                      + ": no closing '\"' before the end of the file",
                  source.span(where.start(), where.start() + 1)));
        }
        default -> {
          if (nesting.exceeds(token.getType())) {
            problems.add(
                new SyntaxProblem(
                    SyntaxProblem.Kind.LIMIT,
                    "nesting deeper than "
                        + MAX_NESTING
                        + " levels (blocks, test lists, string lists and tests inside tests"
                        + " together); the script is not analysed",
                    span(source, offsets, token, token)));
            return new ParseResult(source, empty, problems, comments, List.of());
          }
        }
      }
    }

    SieveParser parser = new SieveParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    SieveParser.StartContext tree;
    Collector collector = new Collector(source, offsets, problems);
    boolean recovered = false;
    try {
      tree = parser.start();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new SieveErrorStrategy());
      parser.addErrorListener(collector);
      tree = parser.start();
      recovered = true;
    }
    AstBuilder builder = new AstBuilder(source, offsets, problems, recovered);
    Script script = builder.script(tree);
    List<SyntaxProblem> sorted = new ArrayList<>(problems);
    // Stable: of the problems at one place, the one met first comes first.
    sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    int total = 0;
    int shown = 0;
    int lastSyntaxAt = -1;
    List<SyntaxProblem> kept = new ArrayList<>();
    for (SyntaxProblem problem : sorted) {
      if (problem.kind() != SyntaxProblem.Kind.SYNTAX) {
        kept.add(problem);
      } else if (problem.span().start() == lastSyntaxAt) {
        // One token, one syntax error: recovery often trips twice on the token it stopped at
        // ("expected ';'", then "expected a command"), and the second says nothing new.
        continue;
      } else if (++total <= MAX_ERRORS) {
        kept.add(problem);
        shown = total;
      } else if (total == MAX_ERRORS + 1) {
        kept.add(problem);
      }
      if (problem.kind() == SyntaxProblem.Kind.SYNTAX) {
        lastSyntaxAt = problem.span().start();
      }
    }
    total += collector.dropped();
    if (total > MAX_ERRORS) {
      // The first error not shown stands for all of them.
      int at = kept.size() - 1;
      while (kept.get(at).kind() != SyntaxProblem.Kind.SYNTAX) {
        at--;
      }
      SyntaxProblem first = kept.get(at);
      int more = total - shown;
      kept.set(
          at,
          new SyntaxProblem(
              SyntaxProblem.Kind.SYNTAX,
              more
                  + " more syntax "
                  + (more == 1 ? "error is" : "errors are")
                  + " not shown, from this one on: "
                  + first.message(),
              first.span()));
    }
    return new ParseResult(source, script, kept, comments, builder.patched());
  }

  static Span span(SourceFile source, OffsetMap offsets, Token first, @Nullable Token last) {
    int start = offsets.toUtf16(Math.max(0, first.getStartIndex()));
    Token end = last == null || last.getTokenIndex() < first.getTokenIndex() ? first : last;
    int stop =
        end.getType() == Token.EOF
            ? source.text().length()
            : offsets.toUtf16(Math.max(end.getStopIndex() + 1, end.getStartIndex()));
    if (first.getType() == Token.EOF) {
      start = source.text().length();
    }
    return source.span(start, Math.max(start, stop));
  }

  /**
   * The nesting the parser will meet, measured on the tokens before it runs, so that no input makes
   * any later stage recurse deeper than {@link #MAX_NESTING} levels: every recursion of the grammar
   * (a block in a command, a test in the arguments of a test or command, a test list, a string
   * list) adds one level here, with the open lists and blocks on a stack (no recursion itself). A
   * test nested in a test is an identifier that follows another in the same command ({@code not not
   * true}, also {@code keep keep} without the ';'), so the identifiers since the command's start
   * (or the enclosing list's start or comma) count as levels too. Errors only ever make the count
   * larger than the parser's real depth, never smaller.
   */
  private static final class Nesting {
    /** For each open '{', '(' or '[': its kind and the identifier count to go back to. */
    private int[] kinds = new int[16];

    private int[] chains = new int[16];
    private int open;

    /** Identifiers since the start of the current command, test list item or block. */
    private int chain;

    /** Takes {@code type}, the next token; whether the nesting now exceeds the limit. */
    boolean exceeds(int type) {
      switch (type) {
        case SieveLexer.IDENTIFIER -> chain++;
        case SieveLexer.SEMICOLON -> chain = 0;
        case SieveLexer.LBRACE, SieveLexer.LPAREN, SieveLexer.LBRACKET -> {
          if (open == kinds.length) {
            kinds = java.util.Arrays.copyOf(kinds, open * 2);
            chains = java.util.Arrays.copyOf(chains, open * 2);
          }
          kinds[open] = type;
          chains[open] = chain;
          open++;
          // A block holds commands, whose identifiers start counting afresh; a test list holds
          // tests that are one level below the test that owns the list.
          chain = type == SieveLexer.LBRACE ? 0 : chain;
        }
        case SieveLexer.COMMA -> {
          if (open > 0 && kinds[open - 1] == SieveLexer.LPAREN) {
            chain = chains[open - 1];
          }
        }
        case SieveLexer.RBRACE, SieveLexer.RPAREN, SieveLexer.RBRACKET -> {
          if (open > 0) {
            open--;
            chain = type == SieveLexer.RBRACE ? 0 : chains[open];
          }
        }
        default -> {}
      }
      // The command's own name is not a level; each test below it is.
      return open + Math.max(0, chain - 1) > MAX_NESTING;
    }
  }

  /** Where "end of file" is shown: just after the last character that is not white space. */
  private static Span endOfText(SourceFile source) {
    String text = source.text();
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return source.span(end, end);
  }

  /** Turns ANTLR's error callbacks into problems with spans. */
  private static final class Collector extends BaseErrorListener {
    private final SourceFile source;
    private final OffsetMap offsets;
    private final List<SyntaxProblem> problems;
    private boolean reportedAtEnd;
    private int dropped;

    int dropped() {
      return dropped;
    }

    Collector(SourceFile source, OffsetMap offsets, List<SyntaxProblem> problems) {
      this.source = source;
      this.offsets = offsets;
      this.problems = problems;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        @Nullable Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        @Nullable RecognitionException e) {
      if (problems.size() > MAX_ERRORS) {
        // Past the cap only counted; recovery goes on, so the tree still holds what follows.
        dropped++;
        return;
      }
      Span where = Span.FILE_START;
      Span end = endOfText(source);
      if (offendingSymbol instanceof Token token) {
        where = token.getType() == Token.EOF ? end : span(source, offsets, token, token);
      }
      if (msg.startsWith("unterminated multi-line string")) {
        reportedAtEnd = true;
      } else if (where.start() >= end.start()) {
        // One complaint about the end of the file is enough; recovery there only repeats it.
        if (reportedAtEnd) {
          return;
        }
        reportedAtEnd = true;
        where = end;
      }
      problems.add(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX, msg, where));
    }
  }
}
