package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Comment;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports a file that is not text (a NUL byte, or mostly bytes no text holds: it is not parsed),
 * and bytes that are not UTF-8: an error outside strings and comments, where RFC 5228 section 2.1
 * allows only US-ASCII; a warning inside strings, whose text the server compares and sends; info
 * inside comments, which take any octet (RFC 5228 section 8.1) and which nothing reads.
 */
public final class InvalidEncoding implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-encoding",
          Severity.ERROR,
          Category.SYNTAX,
          "The file is not text, or holds bytes that are not UTF-8",
          InvalidEncoding.class);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (SourceFile.EncodingProblem problem : context.source().encodingProblems()) {
      if (problem.kind() == SourceFile.EncodingProblem.Kind.BINARY) {
        context.report(
            problem.span(),
            problem.message(),
            List.of(),
            "exclude the file from the linted paths, or save the script as UTF-8 text");
        continue;
      }
      List<Span> comments = new ArrayList<>();
      for (Comment comment : context.parse().comments()) {
        comments.add(comment.span());
      }
      List<Span> legal = new ArrayList<>(comments);
      for (Argument.StringValue string : ArgumentValues.allStrings(context)) {
        legal.add(string.span());
      }
      Integer outside = null;
      Integer inString = null;
      for (int offset : problem.offsets()) {
        if (!inside(legal, offset)) {
          outside = offset;
          break;
        }
        if (inString == null && !inside(comments, offset)) {
          inString = offset;
        }
      }
      SourceFile source = context.source();
      if (outside != null) {
        context.report(
            Severity.ERROR,
            source.span(outside, outside + 1),
            "bytes that are not UTF-8 outside strings and comments, where RFC 5228 section 2.1"
                + " allows only US-ASCII; the server rejects the script",
            "save the file as UTF-8 (iconv -f latin1 -t utf-8)");
      } else if (inString == null) {
        // Nothing reads a comment: the octets are allowed (RFC 5228 section 8.1 grammar,
        // hash-comment and bracket-comment take any octet) and change nothing the server does.
        context.report(
            Severity.INFO,
            problem.span(),
            "bytes that are not UTF-8 in a comment: RFC 5228 sections 2.1 and 8.1 allow any octet"
                + " there and the server ignores it, but editors and review tools show it wrongly",
            "save the file as UTF-8 (iconv -f latin1 -t utf-8)");
      } else {
        context.report(
            Severity.WARNING,
            source.span(inString, inString + 1),
            "bytes that are not UTF-8 in a string: RFC 5228 sections 2.1 and 8.1 allow them, but"
                + " scripts are expected in UTF-8 and sievelint reads them as U+FFFD; a folder"
                + " name, header value or reply text in another encoding compares and shows"
                + " wrongly",
            "save the file as UTF-8 (iconv -f latin1 -t utf-8)");
      }
    }
  }

  private static boolean inside(List<Span> spans, int offset) {
    for (Span span : spans) {
      if (span.start() <= offset && offset < span.end()) {
        return true;
      }
    }
    return false;
  }
}
