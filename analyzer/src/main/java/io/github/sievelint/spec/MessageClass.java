package io.github.sievelint.spec;

/**
 * Classes of automatically generated mail that responding actions must not answer (docs/guards.md).
 */
public enum MessageClass {
  /** An Auto-Submitted header whose value is not "no" (RFC 3834 section 5). */
  AUTO("auto-submitted mail", "an Auto-Submitted header other than no"),
  /** A List-Id or List-Unsubscribe header (RFC 2919, RFC 2369). */
  LIST("mailing-list mail", "a List-Id or List-Unsubscribe header"),
  /** A Precedence header of bulk, list or junk. */
  BULK("bulk mail", "Precedence: bulk, list or junk"),
  /** An empty envelope sender, as for bounces and RFC-compliant auto-replies. */
  NULLSENDER("bounces", "an empty envelope sender"),
  /** An envelope sender such as mailer-daemon, owner-*, *-request. */
  SYSTEM("mail from system senders", "mailer-daemon, owner-*, *-request and the like");

  private final String noun;
  private final String sign;

  MessageClass(String noun, String sign) {
    this.noun = noun;
    this.sign = sign;
  }

  /**
   * The class as messages name it, without the code users only meet in the {@code classes} option:
   * {@code auto-submitted mail}.
   */
  public String noun() {
    return noun;
  }

  /** The noun with what marks such mail, for a message's first mention of the class. */
  public String described() {
    return noun + " (" + sign + ")";
  }
}
