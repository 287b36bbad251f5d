package io.github.sievelint.spec;

/**
 * Classes of automatically generated mail that responding actions must not answer (docs/guards.md).
 */
public enum MessageClass {
  /** An Auto-Submitted header whose value is not "no" (RFC 3834 section 5). */
  AUTO,
  /** A List-Id or List-Unsubscribe header (RFC 2919, RFC 2369). */
  LIST,
  /** A Precedence header of bulk, list or junk. */
  BULK,
  /** An empty envelope sender, as for bounces and RFC-compliant auto-replies. */
  NULLSENDER,
  /** An envelope sender such as mailer-daemon, owner-*, *-request. */
  SYSTEM
}
