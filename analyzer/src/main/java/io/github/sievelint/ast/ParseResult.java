package io.github.sievelint.ast;

import io.github.sievelint.source.SourceFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What parsing one file gives: the tree of everything that could be read, the problems met, and the
 * comments. {@code patched} holds the commands whose {@link Command#head head} error recovery had
 * to patch (a token skipped, one made up, a test list or string list cut short): what they say is
 * not what was written. {@code failure} is what the parser threw when it failed unexpectedly (a
 * sievelint bug); the tree is then empty and the file is reported as an internal error only.
 */
public record ParseResult(
    SourceFile source,
    Script script,
    List<SyntaxProblem> problems,
    List<Comment> comments,
    List<Command> patched,
    @Nullable Throwable failure) {
  public ParseResult {
    problems = List.copyOf(problems);
    comments = List.copyOf(comments);
    patched = List.copyOf(patched);
  }

  public ParseResult(
      SourceFile source,
      Script script,
      List<SyntaxProblem> problems,
      List<Comment> comments,
      List<Command> patched) {
    this(source, script, problems, comments, patched, null);
  }

  /** The result for a file whose parse threw {@code failure}: an empty tree, nothing else. */
  public static ParseResult failed(SourceFile source, Throwable failure) {
    return new ParseResult(
        source, new Script(List.of(), source.span(0, 0)), List.of(), List.of(), List.of(), failure);
  }

  /** The same result under another path (a repository-relative one). */
  public ParseResult withPath(String path) {
    return new ParseResult(source.withPath(path), script, problems, comments, patched, failure);
  }

  /**
   * Whether the tree is the whole script as written. It is not once the parser met a problem:
   * recovery from a syntax error skips or makes up tokens and may nest or cut what follows (an
   * unbalanced quote pairs every later quote wrongly), and a limit leaves part of the script out.
   * Every such change is reported as a problem, so a tree without problems is complete. What a rule
   * concludes from the absence of something (a use, a require, a guard on every path) holds only on
   * a complete tree.
   */
  public boolean complete() {
    return problems.isEmpty();
  }
}
