package io.github.sievelint.ast;

import io.github.sievelint.source.SourceFile;
import java.util.List;

/**
 * What parsing one file gives: the tree of everything that could be read, the problems met, and the
 * comments.
 */
public record ParseResult(
    SourceFile source, Script script, List<SyntaxProblem> problems, List<Comment> comments) {
  public ParseResult {
    problems = List.copyOf(problems);
    comments = List.copyOf(comments);
  }

  public boolean hasErrors() {
    return !problems.isEmpty();
  }
}
