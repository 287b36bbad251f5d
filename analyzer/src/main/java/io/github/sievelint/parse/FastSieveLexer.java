package io.github.sievelint.parse;

import io.github.sievelint.grammar.SieveLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;

/**
 * The lexer generated from {@code SieveLexer.g4}, with a direct scan for the tokens that make up
 * nearly all of a script: white space, identifiers, tags, numbers, quoted strings, hash comments
 * and punctuation. Everything else, and every case where the grammar's longest match needs a second
 * look ({@code text:}, an unterminated string, a bracket comment, a stray character), goes to the
 * generated lexer, which also does all the work in a {@code text:} body.
 *
 * <p>The generated lexer steps through its DFA with several calls per character; the scan here
 * needs one. Both produce the same tokens (type, channel, start, stop, line and column):
 * FastSieveLexerTest compares them on every fixture and on random text.
 */
final class FastSieveLexer extends SieveLexer {

  FastSieveLexer(CharStream input) {
    super(input);
  }

  @Override
  public Token nextToken() {
    if (_hitEOF || _mode != DEFAULT_MODE) {
      return super.nextToken();
    }
    CharStream in = _input;
    LexerATNSimulator simulator = getInterpreter();
    int line = simulator.getLine();
    int column = simulator.getCharPositionInLine();
    int index = in.index();
    int c = in.LA(1);
    // WHITESPACE: [ \t\r\n]+ -> skip
    int skipped = 0;
    while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (c == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
      skipped++;
      c = in.LA(skipped + 1);
    }
    if (skipped > 0) {
      in.seek(index + skipped);
      index += skipped;
      simulator.setLine(line);
      simulator.setCharPositionInLine(column);
    }
    int type;
    int length;
    int channel = DEFAULT_TOKEN_CHANNEL;
    int newlines = 0;
    int afterLastNewline = 0;
    int punctuation = punctuation(c);
    if (punctuation >= 0) {
      type = punctuation;
      length = 1;
    } else {
      switch (c) {
        case '#' -> {
          // HASH_COMMENT: '#' ~[\r\n]* -> channel(HIDDEN)
          length = 1;
          for (int d = in.LA(2);
              d != IntStream.EOF && d != '\r' && d != '\n';
              d = in.LA(length + 1)) {
            length++;
          }
          type = HASH_COMMENT;
          channel = HIDDEN;
        }
        case '"' -> {
          // QUOTED_STRING: '"' ( '\\' . | ~["\\] )* '"'; without the closing quote the generated
          // lexer decides (UNTERMINATED_STRING).
          int at = 2;
          while (true) {
            int d = in.LA(at);
            if (d == IntStream.EOF) {
              return super.nextToken();
            }
            if (d == '\\') {
              int escaped = in.LA(at + 1);
              if (escaped == IntStream.EOF) {
                return super.nextToken();
              }
              if (escaped == '\n') {
                newlines++;
                afterLastNewline = at + 1;
              }
              at += 2;
            } else if (d == '"') {
              break;
            } else {
              if (d == '\n') {
                newlines++;
                afterLastNewline = at;
              }
              at++;
            }
          }
          type = QUOTED_STRING;
          length = at;
        }
        case ':' -> {
          // TAG: ':' IDENT_FRAGMENT
          if (!identifierStart(in.LA(2))) {
            return super.nextToken();
          }
          length = 2;
          while (identifierPart(in.LA(length + 1))) {
            length++;
          }
          type = TAG;
        }
        default -> {
          if (identifierStart(c)) {
            // IDENTIFIER, unless it is "text:" (TEXT_START and TEXT_START_EXTRA are longer).
            length = 1;
            while (identifierPart(in.LA(length + 1))) {
              length++;
            }
            if (length == 4 && in.LA(5) == ':' && isText(in)) {
              return super.nextToken();
            }
            type = IDENTIFIER;
          } else if (c >= '0' && c <= '9') {
            // NUMBER: [0-9]+ [kKmMgG]?
            length = 1;
            int d = in.LA(2);
            while (d >= '0' && d <= '9') {
              length++;
              d = in.LA(length + 1);
            }
            if (d == 'k' || d == 'K' || d == 'm' || d == 'M' || d == 'g' || d == 'G') {
              length++;
            }
            type = NUMBER;
          } else {
            return super.nextToken();
          }
        }
      }
    }
    _token = null;
    _type = type;
    _channel = channel;
    _text = null;
    _tokenStartCharIndex = index;
    _tokenStartLine = line;
    _tokenStartCharPositionInLine = column;
    in.seek(index + length);
    if (newlines > 0) {
      simulator.setLine(line + newlines);
      simulator.setCharPositionInLine(length - afterLastNewline);
    } else {
      simulator.setCharPositionInLine(column + length);
    }
    if (in.LA(1) == IntStream.EOF) {
      _hitEOF = true;
    }
    return emit();
  }

  /** The token type of a one-character token, or -1. */
  private static int punctuation(int c) {
    return switch (c) {
      case ';' -> SEMICOLON;
      case ',' -> COMMA;
      case '(' -> LPAREN;
      case ')' -> RPAREN;
      case '[' -> LBRACKET;
      case ']' -> RBRACKET;
      case '{' -> LBRACE;
      case '}' -> RBRACE;
      default -> -1;
    };
  }

  private static boolean identifierStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean identifierPart(int c) {
    return identifierStart(c) || (c >= '0' && c <= '9');
  }

  /** Whether the four characters ahead spell "text" in any case. */
  private static boolean isText(CharStream in) {
    return (in.LA(1) | 0x20) == 't'
        && (in.LA(2) | 0x20) == 'e'
        && (in.LA(3) | 0x20) == 'x'
        && (in.LA(4) | 0x20) == 't';
  }
}
