package io.github.sievelint.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic config repository: a {@code sievelint.yaml} with N accounts over ten domains,
 * a Postfix virtual table of team aliases, a global before script, and realistic personal scripts
 * of about 1 KB (spam and list filing, guarded vacations, forwards to later accounts so the graph
 * stays acyclic), plus planted redirect cycles of two to four accounts, some through an alias. The
 * same seed gives the same repository. Tests use it small; benchmarks run {@link #main}.
 */
public final class RepositoryGenerator {

  /** A cycle the generator planted: its accounts in redirect order. */
  public record Planted(List<String> accounts, boolean throughAlias) {}

  private final int accounts;
  private final int cycles;
  private final SplittableRandom random;

  public RepositoryGenerator(int accounts, int cycles, long seed) {
    if (accounts < cycles * 4 + 10) {
      throw new IllegalArgumentException("too few accounts for " + cycles + " cycles");
    }
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
    }
    try (BufferedWriter virtual = writer(root.resolve("postfix/virtual"))) {
      virtual.write("# Team aliases, Postfix virtual(5).\n");
      for (int t = 0; t < free / 20; t++) {
        virtual.write("team" + t + "@d" + (t % 10) + ".example  ");
        int size = 3 + random.nextInt(3);
        for (int k = 0; k < size; k++) {
          virtual.write((k == 0 ? "" : ", ") + address(random.nextInt(free)));
        }
        virtual.write("\n");
      }
      for (String[] alias : loopAliases) {
        virtual.write(alias[0] + "  " + alias[1] + "\n");
      }
    }
    Files.writeString(
        root.resolve("global/before.sieve"),
        """
        require ["fileinto"];
        # Automatic mail is filed before any personal script runs.
        if header :contains "Auto-Submitted" "auto" {
          fileinto "Automatic";
          stop;
        }
        """,
        StandardCharsets.UTF_8);
    for (int i = 0; i < accounts; i++) {
      String redirect = redirectOf[i];
      if (redirect == null && i < free && random.nextInt(10) == 0) {
        int target = i + 1 + random.nextInt(1000);
        redirect = target < free ? address(target) : "friend" + i + "@elsewhere.example";
      }
      Files.writeString(root.resolve(script(i)), personal(i, redirect), StandardCharsets.UTF_8);
    }
    return planted;
  }

  private String personal(int i, String redirect) {
    StringBuilder out = new StringBuilder();
    out.append("# Filters of ").append(address(i)).append(", generated for benchmarks.\n");
    out.append("require [\"fileinto\", \"vacation\", \"copy\", \"envelope\", \"imap4flags\"];\n\n");
    out.append("if header :contains \"X-Spam-Flag\" \"YES\" {\n  fileinto \"Junk\";\n  stop;\n}\n");
    out.append("if exists \"List-Id\" {\n");
    out.append("  if header :contains \"List-Id\" \"project")
        .append(i % 50)
        .append("\" {\n    fileinto \"Lists/project")
        .append(i % 50)
        .append("\";\n  } else {\n    fileinto \"Lists\";\n  }\n  stop;\n}\n");
    out.append("if allof (address :domain :is \"from\" \"billing.example.net\",\n");
    out.append("          header :contains \"subject\" [\"invoice\", \"receipt\"]) {\n");
    out.append("  addflag \"\\\\Flagged\";\n  fileinto \"Invoices\";\n}\n");
    out.append("if address :is \"from\" \"boss")
        .append(i % 13)
        .append("@d")
        .append(i % 10)
        .append(".example\" {\n  addflag \"\\\\Flagged\";\n}\n");
    out.append("# Work mail: tickets, calendar invitations, large attachments.\n");
    out.append("if header :contains \"subject\" [\"[ticket\", \"[jira\"] {\n");
    out.append("  fileinto \"Work/Tickets\";\n");
    out.append("} elsif header :matches \"from\" \"*@calendar.d")
        .append(i % 10)
        .append(".example\" {\n  addflag \"\\\\Seen\";\n  fileinto \"Calendar\";\n");
    out.append("} elsif size :over 10M {\n  fileinto \"Large\";\n}\n");
    if (redirect != null) {
      out.append("# Forward a copy of everything.\n");
      out.append("redirect :copy \"").append(redirect).append("\";\n");
    }
    if (random.nextInt(5) == 0) {
      out.append("if not anyof (header :contains \"Auto-Submitted\" \"auto\",\n");
      out.append("              exists \"List-Unsubscribe\", envelope :is \"from\" \"\") {\n");
      out.append("  vacation :days 7 :from \"").append(address(i)).append("\"\n");
      out.append("    :subject \"Out of office\"\n");
      out.append(
          "    \"I am away until the end of the month. Your mail will be read later.\";\n}\n");
    }
    return out.toString();
  }

  private static BufferedWriter writer(Path path) throws IOException {
    return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }

  /**
   * {@code RepositoryGenerator OUT ACCOUNTS [CYCLES] [SEED]}: writes a repository for a benchmark.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: RepositoryGenerator OUT ACCOUNTS [CYCLES] [SEED]");
      System.exit(2);
    }
    int accounts = Integer.parseInt(args[1]);
    int cycles = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    List<Planted> planted =
        new RepositoryGenerator(accounts, cycles, seed).write(Paths.get(args[0]));
    System.out.println(accounts + " accounts, " + planted.size() + " planted cycles in " + args[0]);
  }
}
