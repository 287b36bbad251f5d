package io.github.sievelint.spec;

import org.jspecify.annotations.Nullable;

/**
 * A tagged argument (RFC 5228 section 2.6.2) with its own argument, if it takes one.
 *
 * @param name the tag without its colon, lower case
 * @param argument what follows the tag, if anything
 * @param capability the capability the tag needs; {@code null} when its command's capability is
 *     enough
 * @param group tags of one group exclude each other (the match types, the address parts, ...);
 *     {@code null} when the tag belongs to none
 * @param requiresTag a tag that must be present for this one to be allowed ({@code :last} needs
 *     {@code :index})
 */
public record TagSpec(
    String name,
    @Nullable Param argument,
    @Nullable String capability,
    @Nullable String group,
    @Nullable String requiresTag) {

  /** A tag without argument. */
  public static TagSpec flag(String name) {
    return new TagSpec(strip(name), null, null, null, null);
  }

  /** A tag followed by one argument. */
  public static TagSpec of(String name, Param argument) {
    return new TagSpec(strip(name), argument, null, null, null);
  }

  public TagSpec cap(String cap) {
    return new TagSpec(name, argument, cap, group, requiresTag);
  }

  public TagSpec group(String newGroup) {
    return new TagSpec(name, argument, capability, newGroup, requiresTag);
  }

  public TagSpec requires(String tag) {
    return new TagSpec(name, argument, capability, group, strip(tag));
  }

  /** The tag as a usage line shows it: {@code :days <days: number>}. */
  public String usage() {
    Param a = argument;
    return ":" + name + (a == null ? "" : " " + a.usage());
  }

  private static String strip(String name) {
    return name.startsWith(":") ? name.substring(1) : name;
  }
}
