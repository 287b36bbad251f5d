package io.github.sievelint.spec;

/**
 * What a string argument means, so that rules can find the arguments they check (header names,
 * addresses, keys) without knowing every command.
 */
public enum ArgRole {
  /** Nothing a rule looks at: free text such as a reason or a subject. */
  TEXT,
  /** Header field names (header, exists, addheader, deleteheader, date, duplicate :header). */
  HEADER_NAMES,
  /** Header field names of the address test, which must hold addresses (RFC 5228 5.1). */
  ADDRESS_HEADERS,
  /** Envelope parts: "from", "to" and those of other extensions (RFC 5228 5.4). */
  ENVELOPE_PARTS,
  /** Keys compared under the test's match type; regular expressions when it is :regex. */
  KEYS,
  /** Mail addresses (redirect target, vacation :from and :addresses, enotify :from). */
  ADDRESS,
  /** A mailbox name. */
  MAILBOX,
  /** IMAP flags (RFC 5232). */
  FLAGS,
  /** One variable name to assign (set, extracttext, :output, imap4flags variable). */
  VARIABLE_NAME,
  /** Several variable names (global, hasflag variable list). */
  VARIABLE_NAMES,
  /** A comparator name (RFC 4790). */
  COMPARATOR,
  /** A relational operator: gt, ge, lt, le, eq or ne (RFC 5231). */
  RELATION,
  /** A date part such as "year" or "iso8601" (RFC 5260 section 4.2). */
  DATE_PART,
  /** Capability names (require, ihave). */
  CAPABILITIES,
  /** A notification method URI (RFC 5435). */
  NOTIFY_METHOD,
  /** Notification options, each "name=value" (RFC 5435 section 3.5). */
  NOTIFY_OPTIONS,
  /** The name of an external program (vnd.dovecot.pipe, filter, execute). */
  PROGRAM_NAME,
  /** The name of a script to include (RFC 6609). */
  SCRIPT_NAME,
  /** The name of an externally stored list (RFC 6134). */
  EXT_LIST,
  /** A header field value (addheader). */
  HEADER_VALUE,
  /** A MIME type or content type. */
  MEDIA_TYPE,
  /** A numeric value given as a string (spamtest, vnd.proton.expire). */
  NUMERIC_STRING,
  /** A Stalwart expression (vnd.stalwart.expressions): its own grammar, not checked here. */
  EXPRESSION
}
