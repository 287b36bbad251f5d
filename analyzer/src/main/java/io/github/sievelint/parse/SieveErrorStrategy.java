package io.github.sievelint.parse;

import io.github.sievelint.grammar.SieveLexer;
import io.github.sievelint.grammar.SieveParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.jspecify.annotations.Nullable;

/**
 * ANTLR's recovery (single-token insertion and deletion, then resynchronisation) with messages
 * written in Sieve terms instead of grammar terms.
 */
final class SieveErrorStrategy extends DefaultErrorStrategy {

  @Override
  protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
    report(recognizer, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
    report(recognizer, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportUnwantedToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer), null);
  }

  @Override
  protected void reportMissingToken(Parser recognizer) {
    if (inErrorRecoveryMode(recognizer)) {
      return;
    }
    beginErrorCondition(recognizer);
    report(recognizer, recognizer.getCurrentToken(), getExpectedTokens(recognizer), null);
  }

  private void report(
      Parser recognizer, Token found, IntervalSet expected, @Nullable RecognitionException e) {
    ParserRuleContext context = recognizer.getContext();
    String message = message(context, found, expected);
    Token where = found;
    Token previous = recognizer.getInputStream().LT(-1);
    if (message.startsWith("expected ';'") && previous != null) {
      // A missing ';' belongs to the end of the command, not to whatever follows it.
      CommonToken after = new CommonToken(previous);
      after.setStartIndex(previous.getStopIndex() + 1);
      after.setStopIndex(previous.getStopIndex());
      where = after;
    } else if (context instanceof SieveParser.MultiLineContext) {
      where = context.getStart();
    }
    recognizer.notifyErrorListeners(where, message, e);
  }

  static String message(ParserRuleContext context, Token found, IntervalSet expected) {
    String what = describe(found);
    ParserRuleContext ctx = context;
    if (ctx instanceof SieveParser.StringContext && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    if (ctx instanceof SieveParser.MultiLineContext) {
      return "unterminated multi-line string started at line "
          + ctx.getStart().getLine()
          + ": no line holding only '.' before the end of the file";
    }
    if (ctx instanceof SieveParser.StringListContext) {
      if (expected.contains(SieveLexer.QUOTED_STRING)) {
        return "expected a string in the string list, found " + what;
      }
      return "expected ',' or ']' in the string list started at line "
          + ctx.getStart().getLine()
          + ", found "
          + what;
    }
    if (ctx instanceof SieveParser.TestListContext) {
      if (expected.contains(SieveLexer.IDENTIFIER)) {
        return "expected a test in the test list, found " + what;
      }
      return "expected ',' or ')' in the test list started at line "
          + ctx.getStart().getLine()
          + ", found "
          + what;
    }
    if (ctx instanceof SieveParser.TestContext
        && ctx.getParent() instanceof SieveParser.TestListContext
        && expected.contains(SieveLexer.IDENTIFIER)) {
      return "expected a test in the test list, found " + what;
    }
    if (ctx instanceof SieveParser.TestContext || ctx instanceof SieveParser.ArgumentsContext) {
      String owner = ownerName(ctx);
      if (expected.contains(SieveLexer.SEMICOLON) && owner != null) {
        return "expected ';' after command '" + owner + "', found " + what;
      }
      return "expected a test"
          + (owner == null ? "" : " after '" + owner + "'")
          + ", found "
          + what;
    }
    if (ctx instanceof SieveParser.CommandContext command) {
      String name = command.IDENTIFIER() == null ? "?" : lower(command.IDENTIFIER().getText());
      if (expected.contains(SieveLexer.SEMICOLON)) {
        return "expected ';' after command '" + name + "', found " + what;
      }
      return "unexpected " + what + " in command '" + name + "'";
    }
    boolean inBlock =
        ctx instanceof SieveParser.BlockContext
            || (ctx instanceof SieveParser.CommandsContext
                && ctx.getParent() instanceof SieveParser.BlockContext);
    if (inBlock) {
      ParserRuleContext block = ctx instanceof SieveParser.BlockContext ? ctx : ctx.getParent();
      if (found.getType() == Token.EOF) {
        return "expected '}' to close the block opened at line "
            + block.getStart().getLine()
            + ", found end of file";
      }
      return "expected a command or '}' to close the block opened at line "
          + block.getStart().getLine()
          + ", found "
          + what;
    }
    if (found.getType() == SieveLexer.RBRACE) {
      return "unexpected '}': no block is open here";
    }
    if (expected.contains(SieveLexer.IDENTIFIER) || expected.contains(Token.EOF)) {
      return "expected a command, found " + what;
    }
    return "expected " + describeSet(expected) + ", found " + what;
  }

  private static @Nullable String ownerName(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof SieveParser.TestContext test && test.IDENTIFIER() != null) {
        return lower(test.IDENTIFIER().getText());
      }
      if (c instanceof SieveParser.CommandContext command && command.IDENTIFIER() != null) {
        return lower(command.IDENTIFIER().getText());
      }
    }
    return null;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String describeSet(IntervalSet set) {
    List<String> names = new ArrayList<>();
    for (int type : set.toList()) {
      names.add(describeType(type));
    }
    return names.size() == 1 ? names.get(0) : "one of " + String.join(", ", names);
  }

  private static String describeType(int type) {
    return switch (type) {
      case Token.EOF -> "end of file";
      case SieveLexer.IDENTIFIER -> "an identifier";
      case SieveLexer.QUOTED_STRING, SieveLexer.TEXT_START -> "a string";
      case SieveLexer.NUMBER -> "a number";
      case SieveLexer.TAG -> "a tag";
      default -> {
        String literal = SieveLexer.VOCABULARY.getLiteralName(type);
        yield literal != null ? literal : SieveLexer.VOCABULARY.getDisplayName(type);
      }
    };
  }

  /** How a token is named in a message: its kind and, shortened, its text. */
  static String describe(Token token) {
    String text = token.getText() == null ? "" : token.getText();
    return switch (token.getType()) {
      case Token.EOF -> "end of file";
      case SieveLexer.IDENTIFIER -> "identifier '" + shorten(text) + "'";
      case SieveLexer.QUOTED_STRING, SieveLexer.UNTERMINATED_STRING -> "string " + shorten(text);
      case SieveLexer.TEXT_START, SieveLexer.TEXT_START_EXTRA -> "multi-line string";
      case SieveLexer.NUMBER -> "number " + shorten(text);
      case SieveLexer.TAG -> "tag '" + shorten(text) + "'";
      case SieveLexer.ERROR_CHAR -> "character '" + printable(text) + "'";
      default -> "'" + shorten(text) + "'";
    };
  }

  private static String printable(String text) {
    if (text.length() == 1 && (text.charAt(0) < 0x20 || text.charAt(0) == 0x7f)) {
      return String.format(Locale.ROOT, "\\x%02x", (int) text.charAt(0));
    }
    return text;
  }

  private static String shorten(String text) {
    String oneLine = text.replace("\r", "").replace("\n", " ");
    return oneLine.length() > 30 ? oneLine.substring(0, 27) + "..." : oneLine;
  }
}
