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

  /** Deepest nesting of blocks, test lists and string lists that is parsed. */
  public static final int MAX_NESTING = 256;

  /** Largest script parsed, in characters; Pigeonhole's own default limit is 1 MiB. */
  public static final int MAX_CHARS = 8 * 1024 * 1024;

  /** Longest string read whole; a vacation text is a few kilobytes. */
  public static final int MAX_STRING_CHARS = 1024 * 1024;

  /** Most items in one string list, and most arguments of one command. */
  public static final int MAX_LIST_ITEMS = 10_000;

  /** Syntax errors reported per file before the rest are left out. */
  public static final int MAX_ERRORS = 100;

  /** Parses {@code source}; never throws for any input. */
  public ParseResult parse(SourceFile source) {
    String text = source.text();
    Script empty = new Script(List.of(), source.span(0, 0));
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
      return new ParseResult(source, empty, List.of(tooLarge), List.of());
    }
    OffsetMap offsets = new OffsetMap(text);
    SieveLexer lexer = new FastSieveLexer(CharStreams.fromString(text, source.path()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();

    List<SyntaxProblem> problems = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    int depth = 0;
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
        case SieveLexer.LBRACE, SieveLexer.LPAREN, SieveLexer.LBRACKET -> {
          depth++;
          if (depth > MAX_NESTING) {
            problems.add(
                new SyntaxProblem(
                    SyntaxProblem.Kind.LIMIT,
                    "nesting deeper than "
                        + MAX_NESTING
                        + " levels of blocks and lists; the script is not analysed",
                    span(source, offsets, token, token)));
            return new ParseResult(source, empty, problems, comments);
          }
        }
        case SieveLexer.RBRACE, SieveLexer.RPAREN, SieveLexer.RBRACKET ->
            depth = Math.max(0, depth - 1);
        default -> {}
      }
    }

    SieveParser parser = new SieveParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    SieveParser.StartContext tree;
    try {
      tree = parser.start();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new SieveErrorStrategy());
      parser.addErrorListener(new Collector(source, offsets, problems));
      tree = parser.start();
    }
    AstBuilder builder = new AstBuilder(source, offsets, problems);
    Script script = builder.script(tree);
    List<SyntaxProblem> sorted = new ArrayList<>(problems);
    sorted.sort(
        (a, b) ->
            a.span().start() != b.span().start()
                ? Integer.compare(a.span().start(), b.span().start())
                : a.message().compareTo(b.message()));
    if (sorted.size() > MAX_ERRORS) {
      sorted = new ArrayList<>(sorted.subList(0, MAX_ERRORS));
    }
    return new ParseResult(source, script, sorted, comments);
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
