package io.github.sievelint.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random Sieve scripts of the shape RFC 5228 section 8 and grammar/SieveParser.g4 describe: real
 * command and test names with their tags, string lists, numbers with quantifiers, quoted strings
 * with escapes and variable references, {@code text:} strings, both kinds of comment; and the
 * shapes that break analysers: deep nesting of every recursive construct, long lists and strings,
 * odd line ends, bytes that are not UTF-8, a byte-order mark, NUL and other control characters.
 *
 * <p>The scripts are bytes, not text, so that they can hold what no Java string encodes. While they
 * are built they are strings in which {@code \n} stands for a line end (written as LF, CRLF, CR or
 * a mix of them at the end) and the private-use characters U+F780 to U+F7FF for the raw bytes 0x80
 * to 0xFF.
 */
final class ScriptGenerator {

  private ScriptGenerator() {}

  /** How deep the recursive arbitraries nest (the deep shapes are built as text instead). */
  private static final int MAX_DEPTH = 3;

  /** The first of the characters that stand for raw bytes: U+F700 + b stands for the byte b. */
  private static final char RAW = '\uF700';

  /** How the line ends of a script are written. */
  enum LineEnds {
    LF,
    CRLF,
    CR,
    MIXED;

    byte[] of(int index) {
      return switch (this) {
        case LF -> new byte[] {'\n'};
        case CRLF -> new byte[] {'\r', '\n'};
        case CR -> new byte[] {'\r'};
        case MIXED -> LineEnds.values()[index % 3].of(index);
      };
    }
  }

  /** The recursive and the long constructs of Sieve, each built to a given depth or length. */
  enum Deep {
    /** {@code if not not ... true}. */
    NOT,
    /** {@code anyof(allof(anyof(... true ...)))}, some levels with a sibling test. */
    TEST_LISTS,
    /** Mixed {@code not}, {@code anyof(} and {@code allof(}. */
    MIXED_TESTS,
    /** {@code if true { if true { ... } }}. */
    BLOCKS,
    /** {@code foreverypart { foreverypart { ... } }}. */
    FOREVERYPART,
    /** {@code if ... elsif ... elsif ... else}. */
    ELSIF_CHAIN,
    /** {@code "${a${a${a...}}}"}. */
    NESTED_VARIABLES,
    /** {@code "${a.a.a....a}"}. */
    DOTTED_VARIABLE,
    /** {@code header :is "subject" ["a", "a", ...]}. */
    STRING_LIST,
    /** {@code anyof(true, true, ...)}. */
    TEST_LIST_WIDE,
    /** {@code vacation :days 1 :days 1 ... "x"}. */
    ARGUMENTS,
    /** {@code keep; keep; ...}. */
    COMMANDS,
    /** {@code reject "xxx...x"}. */
    LONG_STRING,
    /** {@code /* ... *\/} and {@code text:} bodies of many lines. */
    LONG_COMMENT_AND_TEXT,
    /** {@code if ((((true))))}: not Sieve, the parser's recovery. */
    PARENTHESES;
  }

  // ------------------------------------------------------------------------------ the entry points

  /** Scripts of random shape, now and then one of the deep shapes at a moderate depth. */
  static Arbitrary<byte[]> scripts() {
    Arbitrary<String> text =
        Arbitraries.frequencyOf(
            Tuple.of(8, script()),
            Tuple.of(
                2,
                Combinators.combine(
                        Arbitraries.of(Deep.class), moderateDepths(), Arbitraries.of(false, true))
                    .as(ScriptGenerator::deep)));
    return encoded(text);
  }

  /**
   * Depths and lengths: small (0-5), around 32 (Pigeonhole's nesting limit), around 256, into the
   * thousands, and up to 100,000; uniform in each range, which it shrinks to the low end of.
   */
  static Arbitrary<Integer> depths() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, range(0, 5)),
        Tuple.of(2, range(24, 40)),
        Tuple.of(2, range(240, 272)),
        Tuple.of(3, range(273, 5_000)),
        Tuple.of(2, range(5_001, 100_000)));
  }

  /** The depths of {@link #depths()} up to around 256, for scripts linted on any thread. */
  private static Arbitrary<Integer> moderateDepths() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, range(0, 5)), Tuple.of(2, range(24, 40)), Tuple.of(1, range(240, 272)));
  }

  /**
   * The whole numbers from {@code min} to {@code max}, uniform rather than biased to {@code min}.
   */
  private static Arbitrary<Integer> range(int min, int max) {
    return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
  }

  /** {@code text} as bytes, with each kind of line end and with or without a byte-order mark. */
  private static Arbitrary<byte[]> encoded(Arbitrary<String> text) {
    return Combinators.combine(
            text,
            Arbitraries.of(LineEnds.class),
            Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true))))
        .as(ScriptGenerator::encode);
  }

  /** The bytes of {@code text}: line ends as {@code ends} says, U+F780 to U+F7FF as raw bytes. */
  static byte[] encode(String text, LineEnds ends, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
    if (bom) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int lineEnd = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean raw = c >= RAW + 0x80 && c <= RAW + 0xFF;
      if (c == '\n' || raw) {
        out.writeBytes(text.substring(from, i).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw ? new byte[] {(byte) (c - RAW)} : ends.of(lineEnd++));
        from = i + 1;
      }
    }
    out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  // ------------------------------------------------------------------------- the deep shapes

  /** The text of {@code kind} at {@code depth}; {@code cut} keeps only its first half or so. */
  static String deep(Deep kind, int depth, boolean cut) {
    String text = deepText(kind, depth);
    // Cut inside the nesting, so that the parser meets the end of the file deep inside.
    return cut ? text.substring(0, text.length() / 2) : text;
  }

  private static String deepText(Deep kind, int n) {
    return switch (kind) {
      case NOT -> nest("if ", "not ", n, "true { keep; }\n", "", "");
      case TEST_LISTS -> {
        StringBuilder s = new StringBuilder("if ");
        for (int i = 0; i < n; i++) {
          s.append(i % 2 == 0 ? "anyof(" : "allof(").append(i % 3 == 0 ? "false, " : "");
        }
        yield s.append("exists \"x\"").append(")".repeat(n)).append(" { keep; }\n").toString();
      }
      case MIXED_TESTS -> {
        StringBuilder s = new StringBuilder("if ");
        for (int i = 0; i < n; i++) {
          s.append(List.of("not ", "anyof(", "allof(").get(i % 3));
        }
        s.append("true");
        for (int i = n - 1; i >= 0; i--) {
          s.append(i % 3 == 0 ? "" : ")");
        }
        yield s.append(" { stop; }\n").toString();
      }
      case BLOCKS -> nest("", "if true {\n", n, "fileinto \"x\";\n", "}\n", "");
      case FOREVERYPART ->
          nest(
              "require [\"foreverypart\", \"mime\"];\n",
              "foreverypart { ",
              n,
              "break;",
              " }",
              "\n");
      case ELSIF_CHAIN ->
          nest(
              "if false { keep; }",
              " elsif header :is \"x\" \"y\" { discard; }",
              n,
              " else { stop; }\n",
              "",
              "");
      case NESTED_VARIABLES -> nest(SET_A, "${a", n, "", "}", "\";\n");
      case DOTTED_VARIABLE -> nest(SET_A + "${", "a.", n, "a}\";\n", "", "");
      case STRING_LIST ->
          nest("if header :is \"subject\" [", "\"a\", ", n, "\"z\"] { keep; }\n", "", "");
      case TEST_LIST_WIDE -> nest("if anyof(", "true, ", n, "false) { keep; }\n", "", "");
      case ARGUMENTS -> nest("require \"vacation\";\nvacation ", ":days 1 ", n, "\"x\";\n", "", "");
      case COMMANDS -> "keep;\n".repeat(n);
      case LONG_STRING -> nest("reject \"", "x", n, "\";\n", "", "");
      case LONG_COMMENT_AND_TEXT ->
          "/* " + "* /".repeat(n) + " */\nreject text:\n" + "line\n..dot\n".repeat(n) + ".\n";
      case PARENTHESES -> nest("if ", "(", n, "true", ")", "");
    };
  }

  private static final String SET_A = "require \"variables\";\nset \"a\" \"";

  /**
   * {@code head}, {@code n} times {@code open}, {@code middle}, {@code n} times {@code close},
   * {@code tail}.
   */
  private static String nest(
      String head, String open, int n, String middle, String close, String tail) {
    return head + open.repeat(n) + middle + close.repeat(n) + tail;
  }

  // ------------------------------------------------------------------- scripts of random shape

  private static final List<String> CAPABILITIES =
      List.of(
          "fileinto",
          "envelope",
          "encoded-character",
          "comparator-i;ascii-numeric",
          "comparator-i;unicode-casemap",
          "body",
          "copy",
          "date",
          "duplicate",
          "editheader",
          "enotify",
          "environment",
          "ereject",
          "extracttext",
          "foreverypart",
          "ihave",
          "imap4flags",
          "include",
          "index",
          "mailbox",
          "mailboxid",
          "mboxmetadata",
          "mime",
          "regex",
          "reject",
          "relational",
          "servermetadata",
          "spamtest",
          "spamtestplus",
          "special-use",
          "subaddress",
          "vacation",
          "vacation-seconds",
          "variables",
          "virustest",
          "vnd.dovecot.debug",
          "x-unknown");

  private static final List<String> HEADERS =
      List.of(
          "subject",
          "from",
          "to",
          "cc",
          "Sender",
          "List-Id",
          "X-Spam-Flag",
          "auto-submitted",
          "Precedence",
          "Received",
          "date",
          "message-id",
          "bad header:",
          "");

  /** The memoized arbitraries of each depth: built once, as each level uses the one below. */
  private static final List<Arbitrary<String>> TESTS = new ArrayList<>();

  private static final List<Arbitrary<String>> COMMANDS = new ArrayList<>();

  static {
    // Each level behind Arbitraries.lazy, whose equality is identity: jqwik hashes arbitraries to
    // memoize their generators, and the hash of the whole graph of levels grows fourfold a level.
    for (int depth = 0; depth <= MAX_DEPTH; depth++) {
      Arbitrary<String> test = test(depth);
      TESTS.add(Arbitraries.lazy(() -> test));
      Arbitrary<String> command = command(depth);
      COMMANDS.add(Arbitraries.lazy(() -> command));
    }
  }

  /** An optional require, then commands, with comments and white space between them. */
  static Arbitrary<String> script() {
    Arbitrary<String> require =
        Arbitraries.of(CAPABILITIES)
            .map(ScriptGenerator::quote)
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(list -> "require " + bracket(list) + ";\n");
    Arbitrary<String> commands =
        Combinators.combine(separator(), COMMANDS.get(MAX_DEPTH))
            .as(String::concat)
            .list()
            .ofMaxSize(8)
            .map(list -> String.join("\n", list));
    return Combinators.combine(
            optional(comment()), optional(require), commands, optional(comment()))
        .as((head, req, body, tail) -> head + req + body + tail);
  }

  private static Arbitrary<String> command(int depth) {
    List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
    choices.add(Tuple.of(3, Arbitraries.of("keep;", "discard;", "stop;", "return;", "break;")));
    choices.add(Tuple.of(1, simple("require", stringList())));
    choices.add(Tuple.of(1, simple("keep", optional(tagged(":flags", stringList())))));
    choices.add(
        Tuple.of(
            3,
            simple(
                "fileinto",
                optional(tag(":copy")),
                optional(tag(":create")),
                optional(tagged(":flags", stringList())),
                optional(tagged(":specialuse", quoted())),
                optional(tagged(":mailboxid", quoted())),
                string())));
    choices.add(
        Tuple.of(3, simple("redirect", optional(tag(":copy")), optional(tag(":list")), string())));
    choices.add(Tuple.of(1, simple(Arbitraries.of("reject", "ereject", "error"), string())));
    choices.add(
        Tuple.of(
            3,
            simple(
                "vacation",
                optional(
                    Combinators.combine(Arbitraries.of(":days", ":seconds"), number())
                        .as((t, n) -> t + " " + n)),
                optional(tagged(":subject", string())),
                optional(tagged(":from", string())),
                optional(tagged(":addresses", stringList())),
                optional(tag(":mime")),
                optional(tagged(":handle", string())),
                string())));
    choices.add(
        Tuple.of(
            2,
            simple(
                "set",
                optional(
                    Arbitraries.of(
                        ":lower",
                        ":upper",
                        ":lowerfirst",
                        ":upperfirst",
                        ":quotewildcard",
                        ":quoteregex",
                        ":encodeurl",
                        ":length")),
                string(),
                string())));
    choices.add(
        Tuple.of(
            1,
            simple(
                "include",
                optional(Arbitraries.of(":personal", ":global")),
                optional(tag(":once")),
                optional(tag(":optional")),
                string())));
    choices.add(Tuple.of(1, simple("global", stringList())));
    choices.add(
        Tuple.of(
            1,
            simple(
                "notify",
                optional(tagged(":from", string())),
                optional(tagged(":importance", Arbitraries.of("\"1\"", "\"2\"", "\"3\"", "\"9\""))),
                optional(tagged(":options", stringList())),
                optional(tagged(":message", string())),
                string())));
    choices.add(Tuple.of(1, simple("addheader", optional(tag(":last")), string(), string())));
    choices.add(
        Tuple.of(
            1,
            simple(
                "deleteheader",
                optional(tagged(":index", number())),
                optional(tag(":last")),
                optional(comparator()),
                optional(matchType()),
                string(),
                optional(stringList()))));
    choices.add(
        Tuple.of(
            1,
            simple(
                Arbitraries.of("setflag", "addflag", "removeflag"),
                optional(string()),
                stringList())));
    choices.add(Tuple.of(1, simple("extracttext", optional(tagged(":first", number())), string())));
    choices.add(Tuple.of(1, simple(Arbitraries.of("debug_log", "convert"), stringList())));
    choices.add(Tuple.of(1, unknownCommand()));
    if (depth > 0) {
      Arbitrary<String> test = TESTS.get(depth - 1);
      Arbitrary<String> block = block(depth - 1);
      Arbitrary<String> elsif =
          Combinators.combine(separator(), test, block)
              .as((sep, t, b) -> sep + "elsif " + t + " " + b)
              .list()
              .ofMaxSize(2)
              .map(list -> String.join("", list));
      Arbitrary<String> orElse = optional(block.map(b -> " else " + b));
      choices.add(
          Tuple.of(
              4,
              Combinators.combine(test, block, elsif, orElse)
                  .as((t, b, e, o) -> "if " + t + " " + b + e + o)));
      // A misplaced elsif or else, and a block after a command that takes none.
      choices.add(Tuple.of(1, block.map(b -> "else " + b)));
      choices.add(
          Tuple.of(
              1,
              Combinators.combine(Arbitraries.of("foreverypart", "keep", "x_block"), block)
                  .as((name, b) -> name + " " + b)));
    }
    return Arbitraries.frequencyOf(choices);
  }

  private static Arbitrary<String> block(int depth) {
    return Combinators.combine(separator(), COMMANDS.get(depth))
        .as(String::concat)
        .list()
        .ofMaxSize(3)
        .map(list -> "{" + String.join("", list) + "\n}");
  }

  private static Arbitrary<String> test(int depth) {
    List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
    choices.add(Tuple.of(2, Arbitraries.of("true", "false")));
    choices.add(
        Tuple.of(
            4,
            simpleTest(
                "header",
                optional(comparator()),
                optional(matchType()),
                optional(index()),
                headerList(),
                stringList())));
    choices.add(
        Tuple.of(
            3,
            simpleTest(
                Arbitraries.of("address", "envelope"),
                optional(
                    Arbitraries.of(":all", ":localpart", ":domain", ":user", ":detail", ":bogus")),
                optional(comparator()),
                optional(matchType()),
                headerList(),
                stringList())));
    choices.add(Tuple.of(2, simpleTest("exists", headerList())));
    choices.add(Tuple.of(2, simpleTest("size", Arbitraries.of(":over", ":under"), number())));
    choices.add(
        Tuple.of(
            1,
            simpleTest(
                "string",
                optional(comparator()),
                optional(matchType()),
                stringList(),
                stringList())));
    choices.add(
        Tuple.of(
            1,
            simpleTest(
                "body",
                optional(
                    Arbitraries.oneOf(
                        Arbitraries.of(":raw", ":text"), tagged(":content", stringList()))),
                optional(matchType()),
                stringList())));
    choices.add(
        Tuple.of(
            1,
            simpleTest(
                "date",
                optional(
                    Arbitraries.oneOf(
                        tagged(":zone", Arbitraries.of("\"+0100\"", "\"-9999\"", "\"x\"")),
                        Arbitraries.just(":originalzone"))),
                optional(matchType()),
                string(),
                Arbitraries.of("\"date\"", "\"year\"", "\"julian\"", "\"weekday\"", "\"bogus\""),
                stringList())));
    choices.add(
        Tuple.of(
            1,
            simpleTest(
                Arbitraries.of(
                    "environment",
                    "hasflag",
                    "ihave",
                    "mailboxexists",
                    "valid_notify_method",
                    "spamtest",
                    "virustest",
                    "metadataexists",
                    "specialuse_exists"),
                optional(matchType()),
                stringList(),
                optional(stringList()))));
    choices.add(
        Tuple.of(
            1,
            simpleTest(
                "duplicate",
                optional(tagged(":handle", string())),
                optional(tagged(Arbitraries.of(":header", ":uniqueid"), string())),
                optional(tagged(":seconds", number())),
                optional(tag(":last")))));
    choices.add(Tuple.of(1, unknownTest()));
    if (depth > 0) {
      Arbitrary<String> inner = TESTS.get(depth - 1);
      choices.add(Tuple.of(3, inner.map(t -> "not " + t)));
      choices.add(
          Tuple.of(
              3,
              Combinators.combine(
                      Arbitraries.of("anyof", "allof", "AnyOf", "not anyof"),
                      inner.list().ofMinSize(1).ofMaxSize(4))
                  .as((name, list) -> name + " (" + String.join(", ", list) + ")")));
    }
    return Arbitraries.frequencyOf(choices);
  }

  // ------------------------------------------------------------------------------------ pieces

  @SafeVarargs
  private static Arbitrary<String> simple(String name, Arbitrary<String>... arguments) {
    return simple(Arbitraries.just(name), arguments);
  }

  /** A command: {@code name}, the arguments with white space before each, then ";". */
  @SafeVarargs
  private static Arbitrary<String> simple(Arbitrary<String> name, Arbitrary<String>... arguments) {
    return withArguments(name, arguments).map(s -> s + ";");
  }

  @SafeVarargs
  private static Arbitrary<String> simpleTest(String name, Arbitrary<String>... arguments) {
    return withArguments(Arbitraries.just(name), arguments);
  }

  @SafeVarargs
  private static Arbitrary<String> simpleTest(
      Arbitrary<String> name, Arbitrary<String>... arguments) {
    return withArguments(name, arguments);
  }

  @SafeVarargs
  private static Arbitrary<String> withArguments(
      Arbitrary<String> name, Arbitrary<String>... arguments) {
    List<Arbitrary<String>> parts = new ArrayList<>();
    parts.add(name);
    for (Arbitrary<String> argument : arguments) {
      parts.add(
          Combinators.combine(separator(), argument)
              .as((sep, arg) -> arg.isEmpty() ? "" : sep + arg));
    }
    return Combinators.combine(parts).as(list -> String.join("", list));
  }

  /** A command of a name no specification knows, with any arguments. */
  private static Arbitrary<String> unknownCommand() {
    return Combinators.combine(identifier(), anyArgument().list().ofMaxSize(4))
        .as((name, args) -> name + (args.isEmpty() ? "" : " ") + String.join(" ", args) + ";");
  }

  private static Arbitrary<String> unknownTest() {
    return Combinators.combine(identifier(), anyArgument().list().ofMaxSize(3))
        .as((name, args) -> name + (args.isEmpty() ? "" : " ") + String.join(" ", args));
  }

  private static Arbitrary<String> anyArgument() {
    return Arbitraries.oneOf(
        string(), stringList(), number(), identifier().map(id -> ":" + id), matchType());
  }

  private static Arbitrary<String> identifier() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('_', 'X', '9')
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> !Character.isDigit(s.charAt(0))),
        Arbitraries.of("KEEP", "Fileinto", "vnd_x", "_", "a".repeat(300)));
  }

  private static Arbitrary<String> tag(String name) {
    return Arbitraries.of(name, name.toUpperCase(java.util.Locale.ROOT));
  }

  private static Arbitrary<String> tagged(String name, Arbitrary<String> value) {
    return tagged(Arbitraries.just(name), value);
  }

  private static Arbitrary<String> tagged(Arbitrary<String> name, Arbitrary<String> value) {
    return Combinators.combine(name, separator(), value).as((t, sep, v) -> t + sep + v);
  }

  private static Arbitrary<String> comparator() {
    return tagged(
        ":comparator",
        Arbitraries.of(
            "\"i;octet\"",
            "\"i;ascii-casemap\"",
            "\"i;ascii-numeric\"",
            "\"i;unicode-casemap\"",
            "\"i;bogus\"",
            "[\"i;octet\"]"));
  }

  private static Arbitrary<String> matchType() {
    return Arbitraries.oneOf(
        Arbitraries.of(":is", ":contains", ":matches", ":regex", ":list", ":IS"),
        tagged(
            Arbitraries.of(":value", ":count"),
            Arbitraries.of("\"gt\"", "\"ge\"", "\"lt\"", "\"le\"", "\"eq\"", "\"ne\"", "\"xx\"")));
  }

  private static Arbitrary<String> index() {
    return Combinators.combine(tagged(":index", number()), optional(tag(":last")))
        .as((i, last) -> last.isEmpty() ? i : i + " " + last);
  }

  private static Arbitrary<String> number() {
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.of("", "", "K", "M", "G", "k", "m", "g"))
            .as((n, q) -> n + q),
        Arbitraries.of("0", "007", "4294967295", "4294967296G", "99999999999999999999G"));
  }

  private static Arbitrary<String> headerList() {
    Arbitrary<String> header = Arbitraries.of(HEADERS).map(ScriptGenerator::quote);
    return Arbitraries.oneOf(
        header, header.list().ofMinSize(1).ofMaxSize(4).map(ScriptGenerator::bracket));
  }

  private static Arbitrary<String> stringList() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, string()),
        Tuple.of(2, string().list().ofMinSize(1).ofMaxSize(5).map(ScriptGenerator::bracket)));
  }

  /** A quoted string, now and then a multi-line {@code text:} one. */
  private static Arbitrary<String> string() {
    return Arbitraries.frequencyOf(Tuple.of(9, quoted()), Tuple.of(1, multiLine()));
  }

  /** A quoted string: pieces, or rarely one long run. */
  private static Arbitrary<String> quoted() {
    return Arbitraries.frequencyOf(
            Tuple.of(80, piece(true).list().ofMaxSize(6).map(list -> String.join("", list))),
            Tuple.of(1, longPiece()))
        .map(ScriptGenerator::quote);
  }

  /** {@code text:}, an optional comment, lines (some dot-stuffed), the ending dot. */
  private static Arbitrary<String> multiLine() {
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
                Tuple.of(8, piece(false)),
                Tuple.of(1, Arbitraries.of("..", "...x", ". x", "", "\t.")))
            .list()
            .ofMaxSize(4)
            .map(list -> String.join("", list).replace("\n", " "))
            // A lone "." would end the string; a line that starts with "." is dot-stuffed.
            .map(s -> s.startsWith(".") && !s.startsWith("..") ? "." + s : s);
    return Combinators.combine(
            Arbitraries.of("text:", "TEXT:", "text: ", "text:\t# comment \u001b", "text: junk"),
            line.list().ofMaxSize(5))
        .as(
            (start, lines) ->
                start + "\n" + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n") + ".\n");
  }

  /**
   * A part of a string: plain words, addresses, escapes, variable references, wildcards, odd
   * characters and bytes. Inside a quoted string ({@code quoted}) no piece holds a bare {@code "}
   * or ends with a lone backslash.
   */
  private static Arbitrary<String> piece(boolean quoted) {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', '.').ofMaxLength(10);
    Arbitrary<String> name =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('_', '.')
            .ofMinLength(1)
            .ofMaxLength(6);
    Arbitrary<String> variable =
        Arbitraries.oneOf(
            name.map(n -> "${" + n + "}"),
            Arbitraries.integers().between(0, 12).map(i -> "${" + i + "}"),
            Combinators.combine(name, name).as((a, b) -> "${" + a + "${" + b + "}}"),
            Arbitraries.integers().between(1, 300).map(n -> "${" + "a.".repeat(n) + "z}"),
            Arbitraries.of(
                "${",
                "${}",
                "${ a }",
                "${99999999999}",
                "${hex:41 42}",
                "${hex:zz}",
                "${unicode:1F600}",
                "${unicode:D800}",
                "${unicode:110000}",
                "$${a}",
                "${a",
                "${a.}"));
    Arbitrary<String> odd =
        Arbitraries.of(
            "\u001b[31m",
            "\u001b",
            "\u0007",
            "\u0008",
            "\u000b",
            "\u000c",
            "\u007f",
            "\u0085",
            "\u009b",
            "\u00e9",
            "\u2028",
            "\u202e",
            "\ufeff",
            "\ufffd",
            "\ufffe",
            "\uffff",
            "\uD83D\uDE00",
            "\t",
            "\n",
            "\u0000");
    Arbitrary<String> raw =
        Arbitraries.integers()
            .between(0x80, 0xFF)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(ScriptGenerator::raw);
    Arbitrary<String> special =
        quoted
            ? Arbitraries.of(
                "\\\"", "\\\\", "\\n", "\\x", "\\$", "\\*", "*", "?", "[a-", "^(a|b)+$")
            : Arbitraries.of("\"", "\\", "*", "?", "\\\"", "^(a|b)+$");
    Arbitrary<String> address =
        Combinators.combine(name, name, Arbitraries.of("example.com", "localhost", "", "a.b.c"))
            .as((local, detail, domain) -> local + "+" + detail + "@" + domain);
    return Arbitraries.frequencyOf(
        Tuple.of(10, word),
        Tuple.of(3, address),
        Tuple.of(4, variable),
        Tuple.of(3, special),
        Tuple.of(3, odd),
        Tuple.of(2, raw));
  }

  /** A long run: a character or a short piece repeated up to about 100,000 characters. */
  private static Arbitrary<String> longPiece() {
    return Combinators.combine(
            Arbitraries.of("x", "\u00e9", "${a}", "\\\\", " ", "\u001b"),
            Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(100, 2_000)),
                Tuple.of(1, Arbitraries.integers().between(2_000, 100_000))))
        .as((s, n) -> s.repeat(Math.max(1, n / s.length())));
  }

  private static Arbitrary<String> comment() {
    Arbitrary<String> text =
        Arbitraries.frequencyOf(
                Tuple.of(6, piece(false)),
                Tuple.of(
                    1,
                    Arbitraries.of(
                        " sievelint: disable=unknown-command",
                        " sievelint: disable-file=syntax-error,invalid-encoding",
                        " sievelint: disable=",
                        " sievelint:disable=no-such-rule -- reason")))
            .list()
            .ofMaxSize(4)
            .map(list -> String.join("", list));
    return Arbitraries.oneOf(
        text.map(t -> "#" + t.replace("\n", " ") + "\n"),
        text.map(t -> "/*" + t.replace("*/", "* /") + "*/"));
  }

  /** White space between tokens: mostly a space, sometimes line ends, tabs or a comment. */
  private static Arbitrary<String> separator() {
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just(" ")),
        Tuple.of(2, Arbitraries.of("\n", "\t", "  \n\t", "\n\n")),
        Tuple.of(1, comment().map(c -> " " + c + " ")));
  }

  /** {@code value} or, as often, nothing. */
  private static Arbitrary<String> optional(Arbitrary<String> value) {
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(1, value));
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static String bracket(List<String> strings) {
    return "[" + String.join(", ", strings) + "]";
  }

  /** The characters that stand for the raw bytes {@code bytes} (each 0x80 to 0xFF). */
  private static String raw(List<Integer> bytes) {
    StringBuilder s = new StringBuilder();
    bytes.forEach(b -> s.append((char) (RAW + b)));
    return s.toString();
  }
}
