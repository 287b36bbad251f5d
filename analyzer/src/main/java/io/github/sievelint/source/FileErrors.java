package io.github.sievelint.source;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What failed in a file operation, in the words a user reads ("permission denied"): messages name
 * the file themselves, and Java's exception names mean nothing to someone linting mail filters.
 */
public final class FileErrors {

  /** The failures with a fixed wording, checked in order (subclasses before their parents). */
  private static final Map<Class<? extends Exception>, String> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put(AccessDeniedException.class, "permission denied");
    WORDS.put(NoSuchFileException.class, "no such file or folder");
    WORDS.put(NotDirectoryException.class, "not a folder");
    WORDS.put(FileAlreadyExistsException.class, "already exists");
    WORDS.put(DirectoryNotEmptyException.class, "the folder is not empty");
    WORDS.put(CharacterCodingException.class, "not valid text");
  }

  private FileErrors() {}

  /** The reason {@code e} failed, without the file name and without the exception's class. */
  public static String describe(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause());
    }
    for (Map.Entry<Class<? extends Exception>, String> known : WORDS.entrySet()) {
      if (known.getKey().isInstance(e)) {
        return known.getValue();
      }
    }
    if (e instanceof FileSystemException f) {
      // The operating system's reason ("Is a directory", "Read-only file system"); the message
      // would repeat the file name.
      String reason = f.getReason();
      return reason == null || reason.isBlank()
          ? "the file system refused"
          : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : message;
  }
}
