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
import io.github.sievelint.spec.CommandSpec;
import io.github.sievelint.spec.SieveLanguage;
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
 * that error recovery left incomplete are dropped, the commands it patched are noted, and strings
 * are decoded here.
 */
final class AstBuilder {

  private final SourceFile source;
  private final OffsetMap offsets;
  private final List<SyntaxProblem> problems;
  private final SieveLanguage language = SieveLanguage.standard();

  /** Whether the tree comes from the parse with error recovery, which may have patched it. */
  private final boolean recovered;

  private final List<Command> patched = new ArrayList<>();

  AstBuilder(
      SourceFile source, OffsetMap offsets, List<SyntaxProblem> problems, boolean recovered) {
    this.source = source;
    this.offsets = offsets;
    this.problems = problems;
    this.recovered = recovered;
  }

  /** The commands whose heads error recovery patched. */
  List<Command> patched() {
    return patched;
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
    List<ParseTree> children = ctx.children;
    for (int i = 0; i < children.size(); i++) {
      ParseTree child = children.get(i);
      if (child instanceof SieveParser.CommandContext command) {
        Command built = command(command);
        if (built != null) {
          if (recovered && Recovery.touched(command)) {
            patched.add(built);
          }
          split(built, out);
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

  // The generated accessors (ctx.IDENTIFIER(), ctx.argument(), ...) each scan the children and
  // most allocate a list; every node of every script goes through here, so the children are
  // scanned once by hand, taking the first child of each kind as the accessors do.

  /** The name, arguments and block of a command or test (a test has no block). */
  private record Head(
      @Nullable TerminalNode name,
      SieveParser.@Nullable ArgumentsContext arguments,
      SieveParser.@Nullable BlockContext block) {}

  private static Head head(ParserRuleContext ctx) {
    TerminalNode name = null;
    SieveParser.ArgumentsContext args = null;
    SieveParser.BlockContext block = null;
    if (ctx.children != null) {
      List<ParseTree> children = ctx.children;
      for (int i = 0; i < children.size(); i++) {
        ParseTree child = children.get(i);
        if (child instanceof TerminalNode t) {
          if (name == null && t.getSymbol().getType() == SieveParser.IDENTIFIER) {
            name = t;
          }
        } else if (child instanceof SieveParser.ArgumentsContext a) {
          args = args == null ? a : args;
        } else if (child instanceof SieveParser.BlockContext found) {
          block = block == null ? found : block;
        }
      }
    }
    return new Head(name, args, block);
  }

  private @Nullable Command command(SieveParser.CommandContext ctx) {
    Head head = head(ctx);
    TerminalNode name = head.name();
    if (name == null || !present(name)) {
      return null;
    }
    SieveParser.ArgumentsContext args = head.arguments();
    Arguments arguments = args == null ? Arguments.NONE : arguments(args);
    Block block = null;
    SieveParser.BlockContext b = head.block();
    if (b != null) {
      SieveParser.CommandsContext commands = b.getRuleContext(SieveParser.CommandsContext.class, 0);
      List<Command> inner = commands == null ? List.of() : commands(commands);
      block = new Block(inner, span(b));
    }
    return new Command(
        lower(name.getText()), tokenSpan(name.getSymbol()), arguments, block, span(ctx));
  }

  /**
   * Adds {@code command} to {@code out}, split where it lost a ';'. RFC 5228 section 8.2 lets a
   * test follow the arguments of any command, so {@code fileinto "a" keep;} parses as one fileinto
   * whose test is keep. When the command takes no test and the test's name is a command and no
   * test, the ';' is what is missing: it is reported, and the commands are added as they were
   * meant, so that no rule reads the second one as a test.
   */
  private void split(Command command, List<Command> out) {
    Command rest = command;
    while (true) {
      Arguments args = rest.arguments();
      if (args.testList() || args.tests().size() != 1) {
        break;
      }
      List<CommandSpec> specs = language.commands(rest.name());
      if (specs.isEmpty() || specs.stream().anyMatch(CommandSpec::takesTest)) {
        break;
      }
      Test next = args.tests().get(0);
      if (!language.isCommand(next.name()) || language.isTest(next.name())) {
        break;
      }
      List<Argument> values = args.values();
      int end =
          values.isEmpty() ? rest.nameSpan().end() : values.get(values.size() - 1).span().end();
      problems.add(
          new SyntaxProblem(
              SyntaxProblem.Kind.SYNTAX,
              "expected ';' after command '" + rest.name() + "'",
              source.span(end, end),
              "end the " + rest.name() + " command with ';'"));
      out.add(
          new Command(
              rest.name(),
              rest.nameSpan(),
              new Arguments(values, List.of(), false),
              null,
              source.span(rest.span().start(), end)));
      rest =
          new Command(
              next.name(),
              next.nameSpan(),
              next.arguments(),
              rest.block(),
              source.span(next.span().start(), rest.span().end()));
    }
    out.add(rest);
  }

  private Arguments arguments(SieveParser.ArgumentsContext ctx) {
    List<SieveParser.ArgumentContext> written = new ArrayList<>();
    SieveParser.TestContext single = null;
    SieveParser.TestListContext testList = null;
    if (ctx.children != null) {
      List<ParseTree> children = ctx.children;
      for (int i = 0; i < children.size(); i++) {
        ParseTree child = children.get(i);
        if (child instanceof SieveParser.ArgumentContext a) {
          written.add(a);
        } else if (child instanceof SieveParser.TestContext t) {
          single = single == null ? t : single;
        } else if (child instanceof SieveParser.TestListContext l) {
          testList = testList == null ? l : testList;
        }
      }
    }
    List<Argument> values = new ArrayList<>(written.size());
    if (written.size() > ScriptParser.MAX_LIST_ITEMS) {
      limit(
          written.size()
              + " arguments, more than the "
              + ScriptParser.MAX_LIST_ITEMS
              + " sievelint reads; the arguments past it are left out",
          span(ctx));
    }
    for (int i = 0; i < written.size(); i++) {
      if (values.size() == ScriptParser.MAX_LIST_ITEMS) {
        break;
      }
      Argument built = argument(written.get(i));
      if (built != null) {
        values.add(built);
      }
    }
    List<Test> tests = new ArrayList<>();
    boolean list = false;
    if (single != null) {
      Test test = test(single);
      if (test != null) {
        tests.add(test);
      }
    } else if (testList != null) {
      list = true;
      // The children scanned in place: testList.test() would build a list of them first.
      List<ParseTree> children = testList.children == null ? List.of() : testList.children;
      for (int i = 0; i < children.size(); i++) {
        if (children.get(i) instanceof SieveParser.TestContext t) {
          Test test = test(t);
          if (test != null) {
            tests.add(test);
          }
        }
      }
    }
    return new Arguments(values, tests, list);
  }

  private @Nullable Test test(SieveParser.TestContext ctx) {
    Head head = head(ctx);
    TerminalNode name = head.name();
    if (name == null || !present(name)) {
      return null;
    }
    SieveParser.ArgumentsContext args = head.arguments();
    Arguments arguments = args == null ? Arguments.NONE : arguments(args);
    return new Test(lower(name.getText()), tokenSpan(name.getSymbol()), arguments, span(ctx));
  }

  private @Nullable Argument argument(SieveParser.ArgumentContext ctx) {
    TerminalNode tag = null;
    TerminalNode number = null;
    SieveParser.StringContext string = null;
    SieveParser.StringListContext stringList = null;
    if (ctx.children != null) {
      List<ParseTree> children = ctx.children;
      for (int i = 0; i < children.size(); i++) {
        ParseTree child = children.get(i);
        if (child instanceof TerminalNode t) {
          int type = t.getSymbol().getType();
          if (type == SieveParser.TAG && tag == null) {
            tag = t;
          } else if (type == SieveParser.NUMBER && number == null) {
            number = t;
          }
        } else if (child instanceof SieveParser.StringContext found) {
          string = string == null ? found : string;
        } else if (child instanceof SieveParser.StringListContext found) {
          stringList = stringList == null ? found : stringList;
        }
      }
    }
    if (tag != null && present(tag)) {
      String text = tag.getText();
      return new Argument.Tag(lower(text.substring(1)), tokenSpan(tag.getSymbol()));
    }
    if (number != null && present(number)) {
      return number(number.getSymbol());
    }
    if (string != null) {
      return string(string);
    }
    if (stringList != null) {
      List<SieveParser.StringContext> strings = stringList.string();
      if (strings.size() > ScriptParser.MAX_LIST_ITEMS) {
        limit(
            "string list of "
                + strings.size()
                + " items, more than the "
                + ScriptParser.MAX_LIST_ITEMS
                + " sievelint reads; the items past it are left out",
            span(stringList));
      }
      List<Argument.StringValue> items = new ArrayList<>(Math.min(strings.size(), 16));
      for (int i = 0; i < strings.size(); i++) {
        if (items.size() == ScriptParser.MAX_LIST_ITEMS) {
          break;
        }
        Argument.StringValue value = string(strings.get(i));
        if (value != null) {
          items.add(value);
        }
      }
      return new Argument.StringList(items, span(stringList));
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
    TerminalNode quoted = null;
    TerminalNode unterminated = null;
    SieveParser.MultiLineContext multiLine = null;
    if (ctx.children != null) {
      List<ParseTree> children = ctx.children;
      for (int i = 0; i < children.size(); i++) {
        ParseTree child = children.get(i);
        if (child instanceof TerminalNode t) {
          int type = t.getSymbol().getType();
          if (type == SieveParser.QUOTED_STRING && quoted == null) {
            quoted = t;
          } else if (type == SieveParser.UNTERMINATED_STRING && unterminated == null) {
            unterminated = t;
          }
        } else if (child instanceof SieveParser.MultiLineContext found) {
          multiLine = multiLine == null ? found : multiLine;
        }
      }
    }
    if (quoted != null && present(quoted)) {
      String raw = quoted.getText();
      return new Argument.StringValue(
          unescape(raw.substring(1, raw.length() - 1)), false, tokenSpan(quoted.getSymbol()));
    }
    if (unterminated != null) {
      // Reported by the parser's token scan; the value is still decoded for the rules.
      Token token = unterminated.getSymbol();
      return new Argument.StringValue(
          unescape(token.getText().substring(1)), false, tokenSpan(token));
    }
    if (multiLine != null) {
      return multiLine(multiLine);
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
