package io.github.sievelint.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic config repository: a {@code sievelint.yaml} with N accounts over ten domains,
 * a Postfix virtual table of team aliases, a global before script, and personal scripts, plus
 * planted redirect cycles of two to four accounts, some through an alias. The same shape and seed
 * give the same repository. Tests use it small; benchmarks run {@link #main}.
 *
 * <p>The {@link Shape} says what the scripts and aliases look like: {@code bench} (the default)
 * writes realistic scripts of about 1 KB (spam and list filing, guarded vacations, forwards to
 * later accounts so the graph stays acyclic); the others stress one dimension each (see {@link
 * Shape}). Outside the planted cycles every shape's forwarding graph is acyclic.
 */
public final class RepositoryGenerator {

  /** What a generated repository looks like. */
  public enum Shape {
    /** About 1 KB scripts, a few forwards, team aliases: bench/'s repository since issue #9. */
    BENCH,
    /**
     * About 4 KB scripts with seven requires (some unused), spam and list rules, vacations and
     * redirects, about 3.5 findings a script; global before and after scripts (issue #20).
     */
    ISSUE,
    /** About 16 KB scripts: long elsif chains of header tests with string lists; few findings. */
    BIG,
    /** About 20 findings a script: unused requires, :matches without wildcard, undefined ... */
    FINDINGS,
    /** Every account forwards to one to three others; one alias per account, team aliases. */
    REDIRECTS,
    /** Alias chains of 10 to 20 hops before an account or an external address. */
    CHAINS,
    /** Global before and after scripts of about 50 KB each next to the bench scripts. */
    GLOBAL;

    /** The name on the command line: the constant in lower case. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The shape of that {@link #id}. */
    public static Shape named(String id) {
      for (Shape shape : values()) {
        if (shape.id().equals(id)) {
          return shape;
        }
      }
      throw new IllegalArgumentException("unknown shape " + id + "; known: " + ids());
    }

    static String ids() {
      StringBuilder out = new StringBuilder();
      for (Shape shape : values()) {
        out.append(out.length() == 0 ? "" : ", ").append(shape.id());
      }
      return out.toString();
    }
  }

  /** A cycle the generator planted: its accounts in redirect order. */
  public record Planted(List<String> accounts, boolean throughAlias) {}

  /** Levels of the {@link Shape#REDIRECTS} graph: an account forwards to the next level. */
  private static final int LEVELS = 5;

  private static final String[] WORDS = {
    "invoice",
    "receipt",
    "order",
    "shipping",
    "meeting",
    "agenda",
    "minutes",
    "report",
    "weekly",
    "monthly",
    "newsletter",
    "digest",
    "alert",
    "warning",
    "backup",
    "deploy",
    "release",
    "build",
    "review",
    "ticket",
    "survey",
    "webinar",
    "offer",
    "discount",
    "travel",
    "booking",
    "flight",
    "hotel",
    "payroll",
    "expenses",
    "contract",
    "proposal",
    "security",
    "password",
    "account",
    "support",
    "feedback",
    "holiday",
    "birthday",
    "school"
  };

  private final Shape shape;
  private final int accounts;
  private final int cycles;
  private final SplittableRandom random;

  /** Numbers the strings of {@link #ruleChain} so that no test implies a later one. */
  private int serial;

  public RepositoryGenerator(int accounts, int cycles, long seed) {
    this(Shape.BENCH, accounts, cycles, seed);
  }

  public RepositoryGenerator(Shape shape, int accounts, int cycles, long seed) {
    if (accounts < cycles * 4 + 10) {
      throw new IllegalArgumentException("too few accounts for " + cycles + " cycles");
    }
    this.shape = shape;
    this.accounts = accounts;
    this.cycles = cycles;
    this.random = new SplittableRandom(seed);
  }

  static String address(int i) {
    return "user" + i + "@d" + (i % 10) + ".example";
  }

  static String script(int i) {
    return "users/d" + (i % 10) + "/user" + i + ".sieve";
  }

  private static String forwardAlias(int i) {
    return "fwd" + i + "@d" + (i % 10) + ".example";
  }

  private static String chainAlias(int chain, int hop) {
    return "chain" + chain + "-" + hop + "@d" + (chain % 10) + ".example";
  }

  private boolean hasAfter() {
    return shape == Shape.ISSUE || shape == Shape.GLOBAL;
  }

  /** Writes the repository under {@code root} and returns the cycles it planted. */
  public List<Planted> write(Path root) throws IOException {
    Files.createDirectories(root.resolve("global"));
    Files.createDirectories(root.resolve("postfix"));
    for (int d = 0; d < 10; d++) {
      Files.createDirectories(root.resolve("users/d" + d));
    }
    // The planted cycles use the last accounts, so the forwards of the others never reach them.
    String[] redirectOf = new String[accounts];
    List<Planted> planted = new ArrayList<>();
    List<String[]> loopAliases = new ArrayList<>();
    int next = accounts - 1;
    for (int c = 0; c < cycles; c++) {
      int length = 2 + c % 3;
      List<String> members = new ArrayList<>();
      int[] index = new int[length];
      for (int k = 0; k < length; k++) {
        index[k] = next--;
        members.add(address(index[k]));
      }
      boolean alias = c % 3 == 2;
      for (int k = 0; k < length; k++) {
        String target = members.get((k + 1) % length);
        if (alias && k == 0) {
          String name = "loop" + c + "@d" + (index[0] % 10) + ".example";
          loopAliases.add(new String[] {name, target});
          target = name;
        }
        redirectOf[index[k]] = target;
      }
      planted.add(new Planted(members, alias));
    }
    int free = next + 1;
    try (BufferedWriter manifest = writer(root.resolve("sievelint.yaml"))) {
      manifest.write("version: 1\nserver: generic\ndomains: [");
      for (int d = 0; d < 10; d++) {
        manifest.write((d == 0 ? "" : ", ") + "d" + d + ".example");
      }
      manifest.write("]\nrecipientDelimiter: \"+\"\naccounts:\n");
      for (int i = 0; i < accounts; i++) {
        manifest.write("  " + address(i) + ":\n    script: " + script(i) + "\n");
        if (i % 7 == 0) {
          manifest.write("    aliases: [first" + i + ".last@d" + (i % 10) + ".example]\n");
        }
      }
      manifest.write("aliasFiles:\n  - {path: postfix/virtual, format: postfix-virtual}\n");
      manifest.write("global:\n  before: [global/before.sieve]\n");
      if (hasAfter()) {
        manifest.write("  after: [global/after.sieve]\n");
      }
    }
    Chains chains = null;
    try (BufferedWriter virtual = writer(root.resolve("postfix/virtual"))) {
      virtual.write("# Team aliases, Postfix virtual(5).\n");
      if (shape == Shape.REDIRECTS) {
        // Team t holds accounts of level t % (LEVELS - 1) + 1, so forwards into it go one level up.
        for (int t = 0; t < teams(free); t++) {
          virtual.write("team" + t + "@d" + (t % 10) + ".example  ");
          int size = 3 + random.nextInt(3);
          for (int k = 0; k < size; k++) {
            virtual.write((k == 0 ? "" : ", ") + address(atLevel(t % (LEVELS - 1) + 1, free)));
          }
          virtual.write("\n");
        }
        virtual.write("# One alias per account.\n");
        for (int i = 0; i < accounts; i++) {
          virtual.write(forwardAlias(i) + "  " + address(i) + "\n");
        }
      } else {
        for (int t = 0; t < free / 20; t++) {
          virtual.write("team" + t + "@d" + (t % 10) + ".example  ");
          int size = 3 + random.nextInt(3);
          for (int k = 0; k < size; k++) {
            virtual.write((k == 0 ? "" : ", ") + address(random.nextInt(free)));
          }
          virtual.write("\n");
        }
      }
      if (shape == Shape.CHAINS) {
        chains = new Chains(free);
        chains.write(virtual);
      }
      for (String[] alias : loopAliases) {
        virtual.write(alias[0] + "  " + alias[1] + "\n");
      }
    }
    writeGlobals(root);
    for (int i = 0; i < accounts; i++) {
      List<String> targets = new ArrayList<>();
      String redirect = redirectOf[i];
      if (shape == Shape.REDIRECTS) {
        if (redirect != null) {
          targets.add(redirect);
        } else {
          forwardsUp(i, free, targets);
        }
      } else if (chains != null) {
        if (redirect != null) {
          targets.add(redirect);
        } else {
          chains.forwards(i, free, targets);
        }
      } else {
        if (redirect == null && i < free && random.nextInt(10) == 0) {
          int target = i + 1 + random.nextInt(1000);
          redirect = target < free ? address(target) : "friend" + i + "@elsewhere.example";
        }
        if (redirect != null) {
          targets.add(redirect);
        }
      }
      Files.writeString(root.resolve(script(i)), personal(i, targets), StandardCharsets.UTF_8);
    }
    return planted;
  }

  private static int teams(int free) {
    return LEVELS - 1 + free / 10;
  }

  /** A random free account of {@code level} (accounts i with i % LEVELS == level). */
  private int atLevel(int level, int free) {
    int slots = (free - 1 - level) / LEVELS + 1;
    return level + LEVELS * random.nextInt(slots);
  }

  /**
   * {@link Shape#REDIRECTS}: one to three forwards of account {@code i} to accounts, their aliases
   * or teams of the next level; the last level forwards outside.
   */
  private void forwardsUp(int i, int free, List<String> targets) {
    int level = i % LEVELS;
    int count = 1 + random.nextInt(3);
    for (int k = 0; k < count; k++) {
      String target;
      if (level == LEVELS - 1 || free < LEVELS * 2) {
        target = "friend" + i + "-" + k + "@elsewhere.example";
      } else {
        int kind = random.nextInt(3);
        if (kind == 0) {
          target = address(atLevel(level + 1, free));
        } else if (kind == 1) {
          target = forwardAlias(atLevel(level + 1, free));
        } else {
          int t = level + (LEVELS - 1) * random.nextInt(teams(free) / (LEVELS - 1));
          target = "team" + t + "@d" + (t % 10) + ".example";
        }
      }
      if (!targets.contains(target)) {
        targets.add(target);
      }
    }
  }

  /**
   * {@link Shape#CHAINS}: alias chains of 10 to 20 hops. Accounts i with i % 3 == 0 forward into
   * chains; the chains end at other accounts (some of which forward outside) or outside, so the
   * graph stays acyclic.
   */
  private final class Chains {
    private final int[] hops;
    private final int[] end;

    Chains(int free) {
      int count = Math.max(3, free / 10);
      hops = new int[count];
      end = new int[count];
      for (int k = 0; k < count; k++) {
        hops[k] = 10 + random.nextInt(11);
        // -1: the chain leaves the system; otherwise an account that forwards into no chain.
        end[k] = k % 4 == 3 ? -1 : 3 * random.nextInt((free - 2) / 3) + 1 + random.nextInt(2);
      }
    }

    void write(BufferedWriter virtual) throws IOException {
      virtual.write("# Alias chains.\n");
      for (int k = 0; k < hops.length; k++) {
        for (int h = 0; h < hops[k]; h++) {
          String target;
          if (h + 1 < hops[k]) {
            target = chainAlias(k, h + 1);
          } else if (end[k] < 0) {
            target = "archive" + k + "@elsewhere.example";
          } else {
            target = address(end[k]);
          }
          virtual.write(chainAlias(k, h) + "  " + target + "\n");
        }
      }
    }

    void forwards(int i, int free, List<String> targets) {
      if (i % 3 == 0 && i < free) {
        targets.add(chainAlias(random.nextInt(hops.length), 0));
      } else if (i % 3 == 1 && random.nextInt(3) == 0) {
        targets.add("friend" + i + "@elsewhere.example");
      }
    }
  }

  private void writeGlobals(Path root) throws IOException {
    String before;
    String after = null;
    if (shape == Shape.GLOBAL) {
      before = bigGlobal("before", 50_000);
      after = bigGlobal("after", 50_000);
    } else if (shape == Shape.ISSUE) {
      before =
          """
          require ["fileinto", "imap4flags"];
          # Automatic mail and high spam scores are filed before any personal script runs.
          if header :contains "Auto-Submitted" "auto" {
            fileinto "Automatic";
            stop;
          }
          if header :contains "X-Spam-Level" "**********" {
            addflag "\\\\Seen";
            fileinto "Junk";
            stop;
          }
          """;
      after =
          """
          require ["fileinto"];
          # Whatever no personal script filed: bulk mail to its folder.
          if anyof (header :is "Precedence" ["bulk", "junk"], exists "List-Unsubscribe") {
            fileinto "Bulk";
          }
          """;
    } else {
      before =
          """
          require ["fileinto"];
          # Automatic mail is filed before any personal script runs.
          if header :contains "Auto-Submitted" "auto" {
            fileinto "Automatic";
            stop;
          }
          """;
    }
    Files.writeString(root.resolve("global/before.sieve"), before, StandardCharsets.UTF_8);
    if (after != null) {
      Files.writeString(root.resolve("global/after.sieve"), after, StandardCharsets.UTF_8);
    }
  }

  private String bigGlobal(String which, int size) {
    StringBuilder out = new StringBuilder();
    out.append("# Global ")
        .append(which)
        .append(" script of the site, generated for benchmarks.\n");
    out.append("require [\"fileinto\", \"imap4flags\"];\n\n");
    out.append("if header :contains \"Auto-Submitted\" \"auto\" {\n  fileinto \"Automatic\";\n}\n");
    int block = 0;
    while (out.length() < size) {
      ruleChain(out, 20, "Site/" + which + block);
      block++;
    }
    return out.toString();
  }

  /**
   * Appends an if/elsif chain of {@code rules} header and address tests with string lists, each
   * filing into a folder under {@code folder}: no findings.
   */
  private void ruleChain(StringBuilder out, int rules, String folder) {
    for (int r = 0; r < rules; r++) {
      out.append(r == 0 ? "if " : "} elsif ");
      int kind = random.nextInt(3);
      if (kind == 0) {
        out.append("header :contains \"subject\" ").append(words(2 + random.nextInt(4)));
      } else if (kind == 1) {
        out.append("address :domain :is \"from\" [\"")
            .append(word())
            .append(++serial)
            .append(".example.com\", \"")
            .append(word())
            .append(serial)
            .append(".example.net\"]");
      } else {
        out.append("header :contains [\"to\", \"cc\"] ").append(words(2 + random.nextInt(3)));
      }
      out.append(" {\n  fileinto \"").append(folder).append('/').append(word()).append("\";\n");
    }
    out.append("}\n");
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String words(int count) {
    StringBuilder out = new StringBuilder("[");
    for (int k = 0; k < count; k++) {
      out.append(k == 0 ? "\"" : ", \"").append(word()).append(' ').append(++serial).append('"');
    }
    return out.append(']').toString();
  }

  private String personal(int i, List<String> targets) {
    switch (shape) {
      case ISSUE:
        return issue(i, targets);
      case BIG:
        return big(i, targets);
      case FINDINGS:
        return findings(i, targets);
      case BENCH:
      case REDIRECTS:
      case CHAINS:
      case GLOBAL:
      default:
        return bench(i, targets);
    }
  }

  /** A personal script's first line. */
  private static StringBuilder start(int i) {
    return new StringBuilder("# Filters of ")
        .append(address(i))
        .append(", generated for benchmarks.\n");
  }

  private String bench(int i, List<String> targets) {
    StringBuilder out = start(i);
    out.append("require [\"fileinto\", \"vacation\", \"copy\", \"envelope\", \"imap4flags\"];\n\n");
    out.append("if header :contains \"X-Spam-Flag\" \"YES\" {\n  fileinto \"Junk\";\n  stop;\n}\n");
    out.append("if exists \"List-Id\" {\n");
    out.append("  if header :contains \"List-Id\" \"project")
        .append(i % 50)
        .append("\" {\n    fileinto \"Lists/project")
        .append(i % 50)
        .append("\";\n  } else {\n    fileinto \"Lists\";\n  }\n  stop;\n}\n");
    invoices(out);
    out.append("if address :is \"from\" \"boss")
        .append(i % 13)
        .append("@d")
        .append(i % 10)
        .append(".example\" {\n  addflag \"\\\\Flagged\";\n}\n");
    work(out, i, false, false);
    forwards(out, targets);
    if (random.nextInt(5) == 0) {
      guardedVacation(out, i);
    }
    return out.toString();
  }

  private static void invoices(StringBuilder out) {
    out.append("if allof (address :domain :is \"from\" \"billing.example.net\",\n");
    out.append("          header :contains \"subject\" [\"invoice\", \"receipt\"]) {\n");
    out.append("  addflag \"\\\\Flagged\";\n  fileinto \"Invoices\";\n}\n");
  }

  /** Work mail: tickets, calendar invitations, builds (when {@code envelope}), large mail. */
  private static void work(StringBuilder out, int i, boolean envelope, boolean exact) {
    out.append("# Work mail: tickets, calendar invitations, large attachments.\n");
    out.append("if header :contains \"subject\" [\"[ticket\", \"[jira\"] {\n");
    out.append("  fileinto \"Work/Tickets\";\n");
    out.append("} elsif header :matches \"from\" \"*@calendar.d")
        .append(i % 10)
        .append(".example\" {\n  addflag \"\\\\Seen\";\n  fileinto \"Calendar\";\n");
    if (envelope) {
      out.append("} elsif envelope :domain :is \"from\" \"ci.d")
          .append(i % 10)
          .append(".example\" {\n  fileinto \"Work/Builds\";\n");
    }
    if (exact) {
      out.append(
          "} elsif header :matches \"subject\" \"Daily digest\" {\n  fileinto \"Digests\";\n");
    }
    out.append("} elsif size :over 10M {\n  fileinto \"Large\";\n}\n");
  }

  private static void forwards(StringBuilder out, List<String> targets) {
    if (!targets.isEmpty()) {
      out.append("# Forward a copy of everything.\n");
    }
    for (String target : targets) {
      out.append("redirect :copy \"").append(target).append("\";\n");
    }
  }

  private static void guardedVacation(StringBuilder out, int i) {
    out.append("if not anyof (header :contains \"Auto-Submitted\" \"auto\",\n");
    out.append("              exists \"List-Unsubscribe\", envelope :is \"from\" \"\") {\n");
    out.append("  vacation :days 7 :from \"").append(address(i)).append("\"\n");
    out.append("    :subject \"Out of office\"\n");
    out.append("    \"I am away until the end of the month. Your mail will be read later.\";\n}\n");
  }

  /** About 4 KB, seven requires of which some are unused: about 3.5 findings on average. */
  private String issue(int i, List<String> targets) {
    String[] seventh = {"relational", "regex", "body"};
    String extra = seventh[i % 3];
    boolean vacation = random.nextInt(10) == 0;
    boolean envelope = random.nextInt(2) == 0;
    boolean exact = random.nextInt(10) == 0;
    boolean variables = random.nextInt(2) == 0;
    boolean useExtra = random.nextInt(2) == 0;
    StringBuilder out = start(i);
    out.append("require [\"fileinto\", \"vacation\", \"copy\", \"envelope\", \"imap4flags\",\n");
    out.append("         \"variables\", \"").append(extra).append("\"];\n\n");
    out.append("# Spam: the flag and the score the filter sets.\n");
    out.append("if header :contains \"X-Spam-Flag\" \"YES\" {\n  fileinto \"Junk\";\n  stop;\n}\n");
    out.append("if header :contains \"X-Spam-Level\" \"*****\" {\n");
    out.append("  addflag \"\\\\Seen\";\n  fileinto \"Junk\";\n  stop;\n}\n");
    out.append("# Mailing lists, one folder each.\n");
    out.append("if exists \"List-Id\" {\n");
    for (int l = 0; l < 12; l++) {
      String list = "project" + ((i + l * 7) % 50);
      out.append(l == 0 ? "  if " : "  } elsif ")
          .append("header :contains \"List-Id\" \"")
          .append(list)
          .append(".lists.example.org\" {\n    fileinto \"Lists/")
          .append(list)
          .append("\";\n");
    }
    out.append("  } else {\n    fileinto \"Lists\";\n  }\n  stop;\n}\n");
    invoices(out);
    out.append("if address :is \"from\" [\"boss")
        .append(i % 13)
        .append("@d")
        .append(i % 10)
        .append(".example\", \"lead")
        .append(i % 17)
        .append("@d")
        .append(i % 10)
        .append(".example\"] {\n  addflag \"\\\\Flagged\";\n}\n");
    work(out, i, envelope, exact);
    out.append("# Senders and topics, filed by hand over the years.\n");
    ruleChain(out, 13, "Sorted");
    if (variables) {
      out.append("if header :matches \"subject\" \"[*] *\" {\n");
      out.append("  set :lower \"tag\" \"${1}\";\n  fileinto \"Tagged/${tag}\";\n}\n");
    }
    if (useExtra) {
      if (extra.equals("relational")) {
        out.append("if header :value \"ge\" \"X-Priority\" \"4\" {\n");
      } else if (extra.equals("regex")) {
        out.append("if header :regex \"subject\" \"^\\\\[[A-Z]+-[0-9]+\\\\]\" {\n");
      } else {
        out.append("if body :contains [\"unsubscribe\", \"opt out\"] {\n");
      }
      out.append("  fileinto \"Later\";\n}\n");
    }
    forwards(out, targets);
    if (vacation) {
      guardedVacation(out, i);
    }
    return out.toString();
  }

  /** About 16 KB: long elsif chains of header tests with string lists; every require is used. */
  private String big(int i, List<String> targets) {
    StringBuilder out = start(i);
    out.append("require [\"fileinto\", ")
        .append(targets.isEmpty() ? "" : "\"copy\", ")
        .append("\"imap4flags\"];\n\n");
    out.append("if header :contains \"X-Spam-Flag\" \"YES\" {\n");
    out.append("  addflag \"\\\\Seen\";\n  fileinto \"Junk\";\n  stop;\n}\n");
    int block = 0;
    while (out.length() < 15_800) {
      out.append("# Rules of block ").append(block).append(".\n");
      ruleChain(out, 10 + random.nextInt(20), "Block" + block);
      block++;
    }
    forwards(out, targets);
    return out.toString();
  }

  /**
   * About 20 findings: unused and duplicate requires, :matches without wildcard, undefined
   * variables, an unguarded vacation without :days, an unguarded redirect outside without :copy, an
   * always-true test and unreachable code.
   */
  private String findings(int i, List<String> targets) {
    StringBuilder out = start(i);
    out.append("require [\"fileinto\", \"vacation\", \"copy\", \"envelope\", \"imap4flags\",\n");
    out.append("         \"variables\", \"body\", \"relational\", \"regex\", \"date\",\n");
    out.append("         \"subaddress\", \"mailbox\"];\n");
    out.append("require \"fileinto\";\n\n");
    String[] exact = {"weekly report", "Re: lunch", "newsletter", "build failed"};
    for (String subject : exact) {
      out.append("if header :matches \"subject\" \"")
          .append(subject)
          .append("\" {\n  fileinto \"Exact/")
          .append(subject.replace(' ', '-').replace(":", ""))
          .append("\";\n}\n");
    }
    String[] undefined = {"year", "project", "sender"};
    for (String name : undefined) {
      out.append("if header :contains \"subject\" \"")
          .append(word())
          .append("\" {\n  fileinto \"Archive/${")
          .append(name)
          .append("}\";\n}\n");
    }
    out.append("if true {\n  addflag \"\\\\Seen\";\n}\n");
    out.append("vacation :subject \"Away\" \"I am away; your mail to ")
        .append(address(i))
        .append(" will be read later.\";\n");
    out.append("redirect \"friend").append(i).append("@elsewhere.example\";\n");
    forwards(out, targets);
    out.append("keep;\nstop;\nfileinto \"Never\";\n");
    return out.toString();
  }

  private static BufferedWriter writer(Path path) throws IOException {
    return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }

  /**
   * {@code RepositoryGenerator OUT ACCOUNTS [CYCLES [SEED]] [--shape NAME] [--cycles N] [--seed
   * S]}: writes a repository for a benchmark (shape bench, 10 cycles, seed 1 by default).
   */
  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    Shape shape = Shape.BENCH;
    String cycles = "10";
    String seed = "1";
    for (int a = 0; a < args.length; a++) {
      String arg = args[a];
      if ((arg.equals("--shape") || arg.equals("--cycles") || arg.equals("--seed"))
          && a + 1 < args.length) {
        String value = args[++a];
        if (arg.equals("--shape")) {
          shape = Shape.named(value);
        } else if (arg.equals("--cycles")) {
          cycles = value;
        } else {
          seed = value;
        }
      } else if (arg.startsWith("--")) {
        usage();
      } else {
        positional.add(arg);
      }
    }
    if (positional.size() < 2 || positional.size() > 4) {
      usage();
    }
    int accounts = Integer.parseInt(positional.get(1));
    int cycleCount = Integer.parseInt(positional.size() > 2 ? positional.get(2) : cycles);
    long seedValue = Long.parseLong(positional.size() > 3 ? positional.get(3) : seed);
    List<Planted> planted =
        new RepositoryGenerator(shape, accounts, cycleCount, seedValue)
            .write(Paths.get(positional.get(0)));
    System.out.println(
        accounts
            + " accounts, "
            + planted.size()
            + " planted cycles, shape "
            + shape.id()
            + " in "
            + positional.get(0));
  }

  private static void usage() {
    System.err.println(
        "usage: RepositoryGenerator OUT ACCOUNTS [CYCLES [SEED]] [--shape NAME] [--cycles N]"
            + " [--seed S]\nshapes: "
            + Shape.ids());
    System.exit(2);
  }
}
