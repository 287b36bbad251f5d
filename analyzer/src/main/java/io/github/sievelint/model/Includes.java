package io.github.sievelint.model;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves RFC 6609 {@code include} commands to files of the repository: {@code :personal} (the
 * default) in the account's include folder, {@code :global} in the global include folder. A name
 * with a path separator or a dot-only name would leave that folder and is never read.
 */
public final class Includes {

  /**
   * Includes nested deeper than this are not inlined (and reported as {@code limit-exceeded}).
   * Pigeonhole allows 10 by default ({@code sieve_include_max_nesting_depth}); sievelint accepts
   * more so that it never stops short of a real server, but few enough that a runaway chain ends.
   */
  public static final int MAX_DEPTH = 32;

  /**
   * Includes inlined into one effective script at most: without {@code :once}, a diamond of
   * includes (a includes b twice, b includes c twice, ...) would otherwise grow exponentially.
   */
  public static final int MAX_INLINED = 1000;

  /** The message of a {@code limit-exceeded} finding when the depth limit stops inlining. */
  public static String depthMessage(String name) {
    return "include \""
        + name
        + "\" is nested more than "
        + MAX_DEPTH
        + " includes deep; sievelint does not inline it or anything below it";
  }

  /** The message of a {@code limit-exceeded} finding when the count limit stops inlining. */
  public static String countMessage(String name) {
    return "include \""
        + name
        + "\" would inline more than "
        + MAX_INLINED
        + " includes into one effective script; sievelint inlines no more from here";
  }

  /** What is wrong with a script name, as Pigeonhole and RFC 5804 section 1.6 define them. */
  public enum NameProblem {
    /** A usable name. */
    NONE,
    /** A path separator, or a name of dots only: it would leave the script folder. */
    LEAVES_FOLDER,
    /** Empty, or holds a control character, DEL, U+2028 or U+2029. */
    INVALID
  }

  /**
   * What is wrong with the script name {@code name}, without looking at any file: the check
   * Pigeonhole makes when it compiles the include ({@code invalid script name}), which RFC 6609
   * section 4 asks of every server, with the characters RFC 5804 section 1.6 excludes.
   */
  public static NameProblem nameProblem(String name) {
    if (name.isEmpty()) {
      return NameProblem.INVALID;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
        return NameProblem.INVALID;
      }
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.chars().allMatch(c -> c == '.')) {
      return NameProblem.LEAVES_FOLDER;
    }
    return NameProblem.NONE;
  }

  /** {@code name} for a message: a long one shortened to its first 60 characters and "...". */
  public static String shown(String name) {
    return name.length() <= 80 ? name : name.substring(0, 60) + "...";
  }

  /** What an include names and how. */
  public record Include(
      String name,
      boolean global,
      boolean once,
      boolean optional,
      Argument.StringValue nameArgument) {}

  /** The result of resolving one include. */
  public sealed interface Resolution {
    /** The script file, relative to the repository root. */
    record Found(String path) implements Resolution {}

    /** No such script where the include looks; {@code searched} is that folder. */
    record Missing(String searched) implements Resolution {}

    /** The name would leave the include folder. */
    record Outside() implements Resolution {}
  }

  private final MailModel model;
  private final RepositoryPaths paths;

  public Includes(MailModel model) {
    this.model = model;
    this.paths = model.paths();
  }

  /** The include a command makes, or empty when it is not an include with a constant name. */
  public static Optional<Include> parse(Command command) {
    if (!command.is("include")) {
      return Optional.empty();
    }
    Argument.StringValue name = null;
    List<Argument> values = command.arguments().values();
    for (Argument value : values) {
      if (value instanceof Argument.StringValue s) {
        name = s;
      }
    }
    if (name == null || name.value().contains("${")) {
      return Optional.empty();
    }
    return Optional.of(
        new Include(
            name.value(),
            command.arguments().hasTag("global"),
            command.arguments().hasTag("once"),
            command.arguments().hasTag("optional"),
            name));
  }

  /** Resolves {@code include} for {@code account} (null when no account is in view). */
  public Resolution resolve(Include include, @Nullable Account account) {
    String name = include.name();
    if (nameProblem(name) != NameProblem.NONE) {
      // Reported for every script on its own (include-outside-root, invalid-arguments).
      return new Resolution.Outside();
    }
    String dir;
    if (include.global()) {
      dir = model.globalIncludeDir();
      if (dir == null) {
        return new Resolution.Missing("(no global include folder is configured)");
      }
    } else {
      dir = account == null ? "" : account.includeDir();
    }
    List<String> candidates =
        name.endsWith(".sieve") || name.endsWith(".siv")
            ? List.of(name)
            : List.of(name + ".sieve", name);
    for (String candidate : candidates) {
      String path = RepositoryPaths.join(dir, candidate);
      if (paths.isFile(path)) {
        return new Resolution.Found(path);
      }
    }
    return new Resolution.Missing(dir.isEmpty() ? "./" : dir);
  }
}
