package io.github.sievelint.model;

/**
 * Something wrong with the model's sources: an unknown manifest key, an alias file that does not
 * parse, a missing script. The rest of the model is still used.
 */
public record ModelProblem(Kind kind, Location where, String message) {

  /** How the problem is reported. */
  public enum Kind {
    /** A configuration problem: told on standard error, and the run exits 2. */
    CONFIG,
    /** An account whose script file is missing: an error of rule {@code unassigned-script}. */
    MISSING_SCRIPT
  }
}
