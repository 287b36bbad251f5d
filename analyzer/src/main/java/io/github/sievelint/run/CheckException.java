package io.github.sievelint.run;

import io.github.sievelint.source.FileErrors;

/**
 * A run that cannot go on: a missing or unreadable baseline, a report or baseline that cannot be
 * written. The message names the file and says what to do.
 */
public final class CheckException extends Exception {

  private static final long serialVersionUID = 1L;

  public CheckException(String message) {
    super(message);
  }

  public CheckException(String message, Throwable cause) {
    super(message, cause);
  }

  /** What went wrong in {@code e}, for the message of the exception it causes. */
  static String describe(Exception e) {
    return FileErrors.describe(e);
  }
}
