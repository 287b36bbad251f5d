package io.github.sievelint.model;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A normalized mail address (docs/model.md, addresses): display name and angle brackets stripped,
 * the domain lower-cased in ASCII form without a trailing dot, the local part lower-cased, and the
 * detail after the first recipient delimiter (RFC 5233) split off.
 *
 * @param localPart the whole local part, detail included
 * @param user the local part before the first recipient delimiter
 * @param detail the part after the delimiter, if there is one
 */
public record Address(String localPart, String user, @Nullable String detail, String domain) {

  private static final Pattern ATOM =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\x80-\\uFFFF]+");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?");

  /** The address without its detail: what an account or alias is looked up by. */
  public String base() {
    return user + "@" + domain;
  }

  /** The whole normalized address, detail included. */
  public String full() {
    return localPart + "@" + domain;
  }

  @Override
  public String toString() {
    return full();
  }

  /**
   * Normalizes {@code raw}, or returns empty when it is not an RFC 5322 addr-spec.
   *
   * @param delimiters the recipient delimiter characters; empty for none
   */
  public static Optional<Address> parse(String raw, String delimiters, boolean caseSensitive) {
    String text = raw.trim();
    int open = text.lastIndexOf('<');
    if (open >= 0) {
      int close = text.indexOf('>', open);
      if (close < 0 || !text.substring(close + 1).isBlank()) {
        return Optional.empty();
      }
      text = text.substring(open + 1, close).trim();
    } else if (text.indexOf('>') >= 0) {
      return Optional.empty();
    }
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1) {
      return Optional.empty();
    }
    String local = text.substring(0, at);
    Optional<String> domain = domain(text.substring(at + 1));
    if (domain.isEmpty() || !validLocal(local)) {
      return Optional.empty();
    }
    String normalLocal = caseSensitive ? local : local.toLowerCase(Locale.ROOT);
    String user = normalLocal;
    String detail = null;
    if (!normalLocal.startsWith("\"")) {
      for (int i = 1; i < normalLocal.length(); i++) {
        if (delimiters.indexOf(normalLocal.charAt(i)) >= 0) {
          user = normalLocal.substring(0, i);
          detail = normalLocal.substring(i + 1);
          break;
        }
      }
    }
    return Optional.of(new Address(normalLocal, user, detail, domain.get()));
  }

  /** Parses with the default delimiter {@code +}, case-insensitively. */
  public static Optional<Address> parse(String raw) {
    return parse(raw, "+", false);
  }

  /** Normalizes a domain name: IDN to ASCII, lower case, no trailing dot; empty when invalid. */
  public static Optional<String> domain(String raw) {
    Optional<String> known = DOMAINS.get(raw);
    if (known == null) {
      known = domainUncached(raw);
      if (DOMAINS.size() < MAX_DOMAINS) {
        DOMAINS.putIfAbsent(raw, known);
      }
    }
    return known;
  }

  /**
   * Normalized domains: a mail system names a few domains in thousands of addresses, and IDN
   * conversion is costly. Bounded; past the cap domains are normalized each time.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> DOMAINS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_DOMAINS = 10_000;

  private static Optional<String> domainUncached(String raw) {
    String text = raw.trim();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.startsWith("[") && text.endsWith("]") && text.length() > 2) {
      return Optional.of(text.toLowerCase(Locale.ROOT));
    }
    String ascii;
    try {
      ascii = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (ascii.isEmpty() || ascii.length() > 253) {
      return Optional.empty();
    }
    for (String label : ascii.split("\\.", -1)) {
      if (label.length() > 63 || !LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(ascii);
  }

  private static boolean validLocal(String local) {
    if (local.length() > 64 * 4) {
      return false;
    }
    if (local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"")) {
      return local.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
    for (String atom : local.split("\\.", -1)) {
      if (!ATOM.matcher(atom).matches()) {
        return false;
      }
    }
    return true;
  }
}
