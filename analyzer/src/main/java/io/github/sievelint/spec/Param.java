package io.github.sievelint.spec;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One positional argument of a command or test, or the argument of a tag.
 *
 * @param name the name the RFC's usage line gives it, such as {@code key-list}
 * @param values the constant values allowed (lower case, compared case-insensitively); empty for
 *     any value
 * @param capability the capability this argument needs beyond its command's, if any (the variable
 *     list of {@code hasflag} needs "variables")
 */
public record Param(
    String name,
    ArgType type,
    ArgRole role,
    boolean optional,
    List<String> values,
    @Nullable String capability) {

  public Param {
    values = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
  }

  public static Param string(String name, ArgRole role) {
    return new Param(name, ArgType.STRING, role, false, List.of(), null);
  }

  public static Param string(String name) {
    return string(name, ArgRole.TEXT);
  }

  public static Param list(String name, ArgRole role) {
    return new Param(name, ArgType.STRING_LIST, role, false, List.of(), null);
  }

  public static Param list(String name) {
    return list(name, ArgRole.TEXT);
  }

  public static Param number(String name) {
    return new Param(name, ArgType.NUMBER, ArgRole.TEXT, false, List.of(), null);
  }

  /** The same parameter, optional. */
  public Param asOptional() {
    return new Param(name, type, role, true, values, capability);
  }

  /** The same parameter, restricted to the given constant values. */
  public Param values(String... allowed) {
    return new Param(name, type, role, optional, List.of(allowed), capability);
  }

  /** The same parameter, needing {@code cap} in the require. */
  public Param needs(String cap) {
    return new Param(name, type, role, optional, values, cap);
  }

  /** The parameter as a usage line shows it: {@code <unit: "day" / "minute">}. */
  public String usage() {
    String what =
        values.isEmpty()
            ? type.usage()
            : String.join(" / ", values.stream().map(v -> "\"" + v + "\"").toList());
    String core = "<" + name + ": " + what + ">";
    return optional ? "[" + core + "]" : core;
  }
}
