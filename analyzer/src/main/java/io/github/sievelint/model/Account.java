package io.github.sievelint.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One mailbox: its primary address, the other addresses delivered to it, its active personal script
 * and where its personal includes are looked up.
 *
 * @param address the primary address, normalized ({@link Address#base()})
 * @param aliases further normalized addresses delivered to this account, each with its evidence
 * @param script the active personal script, relative to the repository root; null when none
 * @param includeDir the folder {@code include :personal} looks in, relative, ending in '/' or empty
 *     for the root
 * @param responder whether something outside Sieve auto-answers every message here
 * @param where the line that declares the account
 * @param scriptWhere the line that names the script (the declaration when implied by a layout)
 */
public record Account(
    String address,
    List<AliasTarget> aliases,
    @Nullable String script,
    String includeDir,
    boolean responder,
    Location where,
    Location scriptWhere) {

  public Account {
    aliases = List.copyOf(aliases);
  }
}
