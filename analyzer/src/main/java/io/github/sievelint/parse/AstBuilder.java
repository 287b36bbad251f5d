package io.github.sievelint.parse;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Arguments;
import io.github.sievelint.ast.Block;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.SyntaxProblem;
import io.github.sievelint.ast.Test;
import io.github.sievelint.grammar.SieveLexer;
import io.github.sievelint.grammar.SieveParser;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parse tree into the immutable AST; the only place that knows the tree's shape. Pieces
 * that error recovery left incomplete are dropped, and strings are decoded here.
 */
final class AstBuilder {

  private final SourceFile source;
  private final OffsetMap offsets;
  private final List<SyntaxProblem> problems;

  AstBuilder(SourceFile source, OffsetMap offsets, List<SyntaxProblem> problems) {
    this.source = source;
    this.offsets = offsets;
    this.problems = problems;
  }

  Script script(SieveParser.StartContext start) {
    return new Script(commands(start), source.span(0, source.text().length()));
  }

  /** The commands among the children of {@code ctx}, reporting the junk between them. */
  private List<Command> commands(ParserRuleContext ctx) {
    List<Command> out = new ArrayList<>();
    if (ctx.children == null) {
      return out;
    }
    for (ParseTree child : ctx.children) {
      if (child instanceof SieveParser.CommandContext command) {
        Command built = command(command);
        if (built != null) {
          out.add(built);
        }
      } else if (child instanceof SieveParser.StrayContext stray) {
        if (stray.RBRACE() != null) {
          problem("unexpected '}': no block is open here", tokenSpan(stray.RBRACE().getSymbol()));
        } else if (stray.junk() != null) {
          junk(stray.junk());
        }
      } else if (child instanceof SieveParser.JunkContext junk) {
        junk(junk);
      }
    }
    return out;
  }

  private void junk(SieveParser.JunkContext junk) {
    Token first = junk.getStart();
    if (first.getType() == SieveLexer.UNTERMINATED_STRING) {
      return;
    }
    problem("expected a command, found " + SieveErrorStrategy.describe(first), tokenSpan(first));
  }

  private void limit(String message, Span span) {
    problems.add(new SyntaxProblem(SyntaxProblem.Kind.LIMIT, message, span));
  }

  /** A string value cut at the limit, with the limit reported, so no rule sees a huge value. */
  private Argument.StringValue bounded(Argument.StringValue value) {
    if (value.value().length() <= ScriptParser.MAX_STRING_CHARS) {
      return value;
    }
    limit(
        "string of "
            + value.value().length()
            + " characters, more than the "
            + ScriptParser.MAX_STRING_CHARS
            + " sievelint reads; the rest is left out",
        value.span());
    return new Argument.StringValue(
        value.value().substring(0, ScriptParser.MAX_STRING_CHARS), value.multiLine(), value.span());
  }

  private void problem(String message, Span span) {
    problems.add(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX, message, span));
  }

  private @Nullable Command command(SieveParser.CommandContext ctx) {
    TerminalNode name = ctx.IDENTIFIER();
    if (!present(name)) {
      return null;
    }
    Arguments arguments = ctx.arguments() == null ? Arguments.NONE : arguments(ctx.arguments());
    Block block = null;
    if (ctx.block() != null) {
      SieveParser.BlockContext b = ctx.block();
      List<Command> inner = b.commands() == null ? List.of() : commands(b.commands());
      block = new Block(inner, span(b));
    }
    return new Command(
        lower(name.getText()), tokenSpan(name.getSymbol()), arguments, block, span(ctx));
  }

  private Arguments arguments(SieveParser.ArgumentsContext ctx) {
    List<Argument> values = new ArrayList<>();
    if (ctx.argument().size() > ScriptParser.MAX_LIST_ITEMS) {
      limit(
          ctx.argument().size()
              + " arguments, more than the "
              + ScriptParser.MAX_LIST_ITEMS
              + " sievelint reads; the arguments past it are left out",
          span(ctx));
    }
    for (SieveParser.ArgumentContext argument : ctx.argument()) {
      if (values.size() == ScriptParser.MAX_LIST_ITEMS) {
        break;
      }
      Argument built = argument(argument);
      if (built != null) {
        values.add(built);
      }
    }
    List<Test> tests = new ArrayList<>();
    boolean list = false;
    if (ctx.test() != null) {
      Test test = test(ctx.test());
      if (test != null) {
        tests.add(test);
      }
    } else if (ctx.testList() != null) {
      list = true;
      for (SieveParser.TestContext t : ctx.testList().test()) {
        Test test = test(t);
        if (test != null) {
          tests.add(test);
        }
      }
    }
    return new Arguments(values, tests, list);
  }

  private @Nullable Test test(SieveParser.TestContext ctx) {
    TerminalNode name = ctx.IDENTIFIER();
    if (!present(name)) {
      return null;
    }
    Arguments arguments = ctx.arguments() == null ? Arguments.NONE : arguments(ctx.arguments());
    return new Test(lower(name.getText()), tokenSpan(name.getSymbol()), arguments, span(ctx));
  }

  private @Nullable Argument argument(SieveParser.ArgumentContext ctx) {
    if (ctx.TAG() != null && present(ctx.TAG())) {
      String text = ctx.TAG().getText();
      return new Argument.Tag(lower(text.substring(1)), tokenSpan(ctx.TAG().getSymbol()));
    }
    if (ctx.NUMBER() != null && present(ctx.NUMBER())) {
      return number(ctx.NUMBER().getSymbol());
    }
    if (ctx.string() != null) {
      return string(ctx.string());
    }
    if (ctx.stringList() != null) {
      if (ctx.stringList().string().size() > ScriptParser.MAX_LIST_ITEMS) {
        limit(
            "string list of "
                + ctx.stringList().string().size()
                + " items, more than the "
                + ScriptParser.MAX_LIST_ITEMS
                + " sievelint reads; the items past it are left out",
            span(ctx.stringList()));
      }
      List<Argument.StringValue> items = new ArrayList<>();
      for (SieveParser.StringContext s : ctx.stringList().string()) {
        if (items.size() == ScriptParser.MAX_LIST_ITEMS) {
          break;
        }
        Argument.StringValue value = string(s);
        if (value != null) {
          items.add(value);
        }
      }
      return new Argument.StringList(items, span(ctx.stringList()));
    }
    return null;
  }

  private Argument.NumberValue number(Token token) {
    String raw = token.getText();
    char last = Character.toUpperCase(raw.charAt(raw.length() - 1));
    String digits = Character.isDigit(last) ? raw : raw.substring(0, raw.length() - 1);
    BigInteger value = new BigInteger(digits);
    // RFC 5228 section 2.4.1: K, M and G multiply by 2^10, 2^20 and 2^30.
    int shift = last == 'K' ? 10 : last == 'M' ? 20 : last == 'G' ? 30 : 0;
    return new Argument.NumberValue(value.shiftLeft(shift), raw, tokenSpan(token));
  }

  private Argument.@Nullable StringValue string(SieveParser.StringContext ctx) {
    Argument.StringValue value = rawString(ctx);
    return value == null ? null : bounded(value);
  }

  private Argument.@Nullable StringValue rawString(SieveParser.StringContext ctx) {
    if (ctx.QUOTED_STRING() != null && present(ctx.QUOTED_STRING())) {
      String raw = ctx.QUOTED_STRING().getText();
      return new Argument.StringValue(
          unescape(raw.substring(1, raw.length() - 1)),
          false,
          tokenSpan(ctx.QUOTED_STRING().getSymbol()));
    }
    if (ctx.UNTERMINATED_STRING() != null) {
      // Reported by the parser's token scan; the value is still decoded for the rules.
      Token token = ctx.UNTERMINATED_STRING().getSymbol();
      return new Argument.StringValue(
          unescape(token.getText().substring(1)), false, tokenSpan(token));
    }
    if (ctx.multiLine() != null) {
      return multiLine(ctx.multiLine());
    }
    return null;
  }

  private Argument.StringValue multiLine(SieveParser.MultiLineContext ctx) {
    Token start = ctx.getStart();
    if (start.getType() == SieveLexer.TEXT_START_EXTRA) {
      String header = start.getText();
      int colon = header.indexOf(':');
      int extra = colon + 1;
      while (extra < header.length()
          && (header.charAt(extra) == ' ' || header.charAt(extra) == '\t')) {
        extra++;
      }
      int end = header.length();
      while (end > extra && (header.charAt(end - 1) == '\n' || header.charAt(end - 1) == '\r')) {
        end--;
      }
      int base = offsets.toUtf16(start.getStartIndex());
      problems.add(
          new SyntaxProblem(
              SyntaxProblem.Kind.SYNTAX,
              "unexpected text after 'text:' on its line; a multi-line string starts on the"
                  + " next line (only a comment may follow 'text:')",
              source.span(base + extra, base + end)));
    }
    StringBuilder value = new StringBuilder();
    for (TerminalNode line : ctx.TEXT_LINE()) {
      String text = line.getText();
      // RFC 5228 section 2.4.2: a leading "." of a line is dot-stuffing and is removed.
      value.append(text.startsWith(".") ? text.substring(1) : text);
    }
    return new Argument.StringValue(value.toString(), true, span(ctx));
  }

  /** RFC 5228 section 2.4.2: a backslash quotes the next character and is itself dropped. */
  static String unescape(String body) {
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        out.append(body.charAt(++i));
      } else if (c != '\\') {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean present(@Nullable TerminalNode node) {
    return node != null && node.getSymbol().getTokenIndex() >= 0;
  }

  private Span tokenSpan(Token token) {
    return ScriptParser.span(source, offsets, token, token);
  }

  private Span span(ParserRuleContext ctx) {
    return ScriptParser.span(source, offsets, ctx.getStart(), ctx.getStop());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
