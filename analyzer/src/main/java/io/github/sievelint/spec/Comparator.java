package io.github.sievelint.spec;

import org.jspecify.annotations.Nullable;

/**
 * A comparator (RFC 4790, RFC 5228 section 2.7.3) and the match types it supports.
 *
 * @param capability the capability that enables it; {@code null} for i;octet and i;ascii-casemap,
 *     which every implementation has
 * @param substring whether it supports :contains and :matches
 * @param regex whether :regex may use it (the regex draft allows i;octet and i;ascii-casemap)
 */
public record Comparator(
    String name, @Nullable String capability, boolean substring, boolean regex) {

  /** Whether {@code matchType} (a tag name such as "contains") works with this comparator. */
  public boolean supports(String matchType) {
    return switch (matchType) {
      case "contains", "matches" -> substring;
      case "regex" -> regex;
      default -> true;
    };
  }
}
