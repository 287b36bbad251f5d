package io.github.sievelint.ast;

import io.github.sievelint.source.SourceFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What parsing one file gives: the tree of everything that could be read, the problems met, and the
 * comments. {@code failure} is what the parser threw when it failed unexpectedly (a sievelint bug);
 * the tree is then empty and the file is reported as an internal error only.
 */
public record ParseResult(
    SourceFile source,
    Script script,
    List<SyntaxProblem> problems,
    List<Comment> comments,
    @Nullable Throwable failure) {
  public ParseResult {
    problems = List.copyOf(problems);
    comments = List.copyOf(comments);
  }

  public ParseResult(
      SourceFile source, Script script, List<SyntaxProblem> problems, List<Comment> comments) {
    this(source, script, problems, comments, null);
  }

  /** The result for a file whose parse threw {@code failure}: an empty tree, nothing else. */
  public static ParseResult failed(SourceFile source, Throwable failure) {
    return new ParseResult(
        source, new Script(List.of(), source.span(0, 0)), List.of(), List.of(), failure);
  }

  /** The same result under another path (a repository-relative one). */
  public ParseResult withPath(String path) {
    return new ParseResult(source.withPath(path), script, problems, comments, failure);
  }

  public boolean hasErrors() {
    return !problems.isEmpty();
  }
}
