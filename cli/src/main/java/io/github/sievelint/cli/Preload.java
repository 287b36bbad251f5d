package io.github.sievelint.cli;

import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;

/**
 * A head start for {@code check}: while the main thread reads the command line (picocli builds its
 * model by reflection, about a tenth of a second), a daemon thread lints a small script whose
 * findings are thrown away. That loads and initialises on the second core the classes every check
 * needs anyway: the rules, the language tables, the ANTLR lexer and parser with their ATNs, the
 * flow analysis. Nothing it does changes a result: the caches it touches (the parser's DFA, the
 * memo of guard shapes) hold only what the same input would put there in any run.
 */
final class Preload {

  /** Reads like a typical personal script, so that most rule and flow classes take part. */
  private static final String SCRIPT =
      """
      require ["fileinto", "vacation", "copy", "envelope", "imap4flags"];
      if header :contains "X-Spam-Flag" "YES" { fileinto "Junk"; stop; }
      if allof (address :domain :is "from" "example.net",
                header :contains "subject" ["invoice", "receipt"]) {
        addflag "\\\\Flagged";
        fileinto "Invoices";
      } elsif exists "List-Id" {
        fileinto "Lists";
      }
      if not anyof (header :contains "auto-submitted" "auto", exists "list-id") {
        vacation :days 7 :subject "Away" "I am away.";
        redirect :copy "someone@example.org";
      }
      """;

  private Preload() {}

  /** Starts the head start; the caller goes on at once. */
  static void start() {
    Thread thread = new Thread(Preload::run, "sievelint-preload");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    try {
      new Linter(BuiltinRules.registry(), LintSettings.DEFAULTS)
          .lint(SourceFile.of("preload.sieve", SCRIPT));
    } catch (RuntimeException | LinkageError e) {
      // Only a head start: the real run loads the same classes and reports what goes wrong there.
    }
  }
}
