package io.github.sievelint.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a target server supports and does at run time: the capabilities {@code require} may name,
 * the vacation period range, the redirect limit and the runtime suppression of replies
 * (docs/model.md, server profiles).
 *
 * @param capabilities the capabilities the server accepts; empty means every capability sievelint
 *     knows
 * @param vacationMinSeconds the shortest period the server honours, if it clamps
 * @param vacationDefaultSeconds the period used when a script gives none
 * @param vacationMaxSeconds the longest period the server honours, if it clamps
 * @param maxRedirects redirects allowed in one run, if the server limits them
 * @param vacationSuppression classes of mail the server never answers with vacation
 * @param maxHops longest acceptable forwarding chain
 * @param notifyMethods the notification URI schemes the server implements (RFC 5435); empty means
 *     any
 */
public record ServerProfile(
    String id,
    String displayName,
    Set<String> capabilities,
    OptionalLong vacationMinSeconds,
    long vacationDefaultSeconds,
    OptionalLong vacationMaxSeconds,
    OptionalLong maxRedirects,
    Set<MessageClass> vacationSuppression,
    int maxHops,
    Set<String> notifyMethods) {

  public ServerProfile {
    capabilities = Set.copyOf(capabilities);
    vacationSuppression = Set.copyOf(vacationSuppression);
    notifyMethods = Set.copyOf(notifyMethods);
  }

  /** Whether {@code require} may name {@code capability} on this server. */
  public boolean supports(String capability) {
    return capabilities.isEmpty() || capabilities.contains(capability.toLowerCase(Locale.ROOT));
  }

  /** The default period in whole days, for messages. */
  public long vacationDefaultDays() {
    return vacationDefaultSeconds / 86400;
  }

  /** The profile's page in Markdown: what the server supports and where the facts come from. */
  public String page() {
    String name = "profiles/" + id + ".md";
    try (InputStream in = ServerProfile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("profile " + id + " has no page " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Looks a profile up by id. */
  public static Optional<ServerProfile> byId(String id) {
    return ServerProfiles.byId(id);
  }
}
