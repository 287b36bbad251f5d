package io.github.sievelint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the launchers' class-data sharing archive: {@code java
 * -XX:ArchiveClassesAtExit=... -cp sievelint.jar io.github.sievelint.cli.Training}. An archive
 * holds the classes its run loaded; made from a user's first command, it would hold only what that
 * command needed ({@code --version} loads neither the rules nor the parser). This run checks a
 * small mail-config repository, written to a temporary folder and removed again, once in every
 * report format, and prints nothing.
 */
public final class Training {

  private static final List<String> FORMATS =
      List.of("text", "concise", "json", "sarif", "checkstyle", "github", "gitlab", "junit");

  /** A repository with every kind of part: manifest, alias file, global script, include, loop. */
  private static final Map<String, String> REPOSITORY =
      Map.of(
          "sievelint.yaml",
          """
          version: 1
          server: dovecot-2.3
          domains: [example.com]
          recipientDelimiter: "+"
          accounts:
            alice@example.com:
              aliases: [a.liddell@example.com]
              script: users/alice.sieve
            bob@example.com:
              script: users/bob.sieve
            carol@example.com:
              script: users/carol.sieve
            support@example.com:
              responder: true
          aliasFiles:
            - {path: postfix/virtual, format: postfix-virtual}
          global:
            before: [global/before.sieve]
            includeDir: global/
          """,
          "postfix/virtual",
          """
          info@example.com  alice@example.com, bob@example.com
          team@example.com  carol@example.com
          """,
          "global/before.sieve",
          """
          require ["fileinto"];
          if header :contains "Auto-Submitted" "auto" { fileinto "Automatic"; stop; }
          """,
          "global/lists.sieve",
          """
          require ["fileinto"];
          if exists "List-Id" { fileinto "Lists"; stop; }
          """,
          "users/alice.sieve",
          """
          # Alice is away (a comment, as most scripts have).
          require ["fileinto", "vacation", "include", "variables"];
          include :global "lists";
          set "away" "until Monday";
          vacation :subject "Out of office" "I am away ${away}.";
          """,
          "users/bob.sieve",
          """
          require ["fileinto", "imap4flags", "copy", "envelope", "regex"];
          if allof (address :domain :is "from" "billing.example.net",
                    header :regex "subject" "^(invoice|receipt)") {
            addflag "\\\\Flagged";
            fileinto "Invoices";
          } elsif envelope :is "from" "" {
            discard;
          } else {
            redirect :copy "Team+fwd@Example.COM";
          }
          """,
          "users/carol.sieve",
          """
          require ["vacation"];
          if not anyof (header :contains "auto-submitted" "auto", exists "list-id") {
            vacation :days 7 text:
          Away.
          .
          ;
          }
          redirect "bob@example.com";
          """);

  /** Every check finds problems (exit 1); the graph command draws the graph (exit 0). */
  static final List<Integer> EXPECTED = List.of(1, 1, 1, 1, 1, 1, 1, 1, 0);

  private Training() {}

  public static void main(String[] args) throws IOException {
    Preload.start();
    List<Integer> exits = train();
    if (!exits.equals(EXPECTED)) {
      // Anything else means a run stopped early and the archive would miss classes: the launcher
      // then makes none.
      System.err.println("sievelint: the training run ended with " + exits);
      System.exit(Main.EXIT_ERROR);
    }
  }

  /** Checks the training repository in every format; the exit code of each run, in order. */
  static List<Integer> train() throws IOException {
    Path root = Files.createTempDirectory("sievelint-training");
    try {
      for (Map.Entry<String, String> file : REPOSITORY.entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, "UTF-8");
      List<Integer> exits = new ArrayList<>();
      for (String format : FORMATS) {
        exits.add(
            Main.run(
                new String[] {"check", "--format", format, root.toString()}, nowhere, nowhere));
      }
      exits.add(Main.run(new String[] {"graph", root.toString()}, nowhere, nowhere));
      return exits;
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }
}
