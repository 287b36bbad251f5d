package io.github.sievelint.lint;

import io.github.sievelint.source.Span;
import java.util.List;

/**
 * A part of the analysis failed with an unexpected throwable: a sievelint bug, contained to the
 * unit it happened in (one file, one rule on one file, one account, one repository rule). The
 * engine makes these findings when it catches the failure, not a check of the script; the rest of
 * the run goes on as if the failed unit had found nothing, and the run exits with 2 once every
 * report is written.
 *
 * <p>Named after its rule id like every rule, so it shadows {@link java.lang.InternalError} inside
 * this package; nothing here uses the JDK's.
 */
@SuppressWarnings("JavaLangClash")
public final class InternalError implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "internal-error",
          Severity.ERROR,
          Category.SYNTAX,
          "sievelint itself failed on part of the input; that part is not analysed",
          InternalError.class);

  /** Where sievelint's bugs are reported. */
  public static final String ISSUES = "https://github.com/sievelint/sievelint/issues";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  public static RuleInfo rule() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    // The engine reports failures itself (see Failures); a script alone never triggers this rule.
  }

  /** The finding for {@code failure}: always an error, whatever the configuration says. */
  static Diagnostic finding(Failures.Failure failure) {
    return new Diagnostic(
        INFO.id(),
        Severity.ERROR,
        failure.path(),
        failure.span(),
        "internal error in "
            + failure.unit()
            + ": "
            + describe(failure.error())
            + "; this is a sievelint bug, and "
            + failure.unit()
            + " is not analysed here",
        List.of(),
        "run again with --debug for the stack trace and report it at " + ISSUES);
  }

  /** The throwable's class and message on one line, as users see it. */
  public static String describe(Throwable error) {
    String message = error.getMessage();
    String text =
        message == null || message.isBlank()
            ? error.getClass().getName()
            : error.getClass().getName() + ": " + message;
    // One line: a multi-line message (a parser's, say) keeps its first line.
    int end = text.indexOf('\n');
    text = end < 0 ? text : text.substring(0, end);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** A place for findings that concern a whole file. */
  static Span fileStart() {
    return Span.FILE_START;
  }
}
