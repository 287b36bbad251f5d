package io.github.sievelint.lint;

/**
 * What a rule's fix does, for its page: how safe it is and, in words, what it changes. A rule
 * without one has no fix that {@code --fix} can apply; reports still show the suppression directive
 * for its findings as a {@link Fix.Applicability#DISPLAY display} fix.
 */
public record FixInfo(Fix.Applicability applicability, String description) {

  public FixInfo {
    if (description.isBlank()) {
      throw new IllegalArgumentException("a fix needs a description");
    }
  }
}
