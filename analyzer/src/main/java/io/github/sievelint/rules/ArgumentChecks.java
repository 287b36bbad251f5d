package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.spec.ArgRole;
import io.github.sievelint.spec.Binding;
import io.github.sievelint.spec.Comparator;
import io.github.sievelint.spec.Named;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.SieveLanguage;
import io.github.sievelint.spec.TagSpec;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on the arguments of one bound command or test beyond their shape: the capabilities of
 * tags, comparators, envelope parts, address headers, notification methods, program names, encoded
 * characters and number sizes.
 */
final class ArgumentChecks {

  /**
   * Headers the address test accepts: RFC 5228 section 5.1 requires From, To, Cc, Bcc, Sender,
   * Resent-From and Resent-To; the rest are the other address-list fields Pigeonhole allows.
   */
  static final Set<String> ADDRESS_HEADERS =
      Set.of(
          "from",
          "to",
          "cc",
          "bcc",
          "sender",
          "resent-from",
          "resent-to",
          "reply-to",
          "resent-reply-to",
          "resent-sender",
          "resent-cc",
          "resent-bcc",
          "for-approval",
          "for-handling",
          "for-comment",
          "apparently-to",
          "errors-to",
          "delivered-to",
          "return-receipt-to",
          "x-admin",
          "read-receipt-to",
          "x-confirm-reading-to",
          "return-receipt-requested",
          "registered-mail-reply-requested-by",
          "mail-followup-to",
          "mail-reply-to",
          "abuse-reports-to",
          "x-complaints-to",
          "x-report-abuse-to",
          "x-beenthere",
          "x-original-from",
          "x-original-to");

  /** The largest number Pigeonhole reads (2^64 - 1); RFC 5228 2.4.1 only promises 2^31 - 1. */
  private static final BigInteger MAX_NUMBER =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /** RFC 5228 section 2.4.2.4: ${unicode:...} with hexadecimal code points. */
  private static final Pattern UNICODE =
      Pattern.compile("\\$\\{unicode:([\\s0-9a-fA-F]*)\\}", Pattern.CASE_INSENSITIVE);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Pattern ENCODED_PARTS =
      Pattern.compile("\\$\\{(hex|unicode):([\\s0-9a-fA-F]*)\\}", Pattern.CASE_INSENSITIVE);

  /** RFC 5435 section 3.5: optionname = l-d *l-d-p, then "=" and a value without CR or LF. */
  private static final Pattern OPTION =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*=[^\\r\\n\\x00]*");

  private static final Pattern ENCODED =
      Pattern.compile("\\$\\{(hex|unicode):[\\s0-9a-fA-F]*\\}", Pattern.CASE_INSENSITIVE);

  /** RFC 5229 section 3: a variable reference, with or without a namespace. */
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{(?!(?i:hex|unicode):)[A-Za-z0-9_.]+\\}");

  private final SieveLanguage language;
  private final ServerProfile profile;
  private final Validation.Sink sink;
  private final Consumer<String> credit;

  ArgumentChecks(
      SieveLanguage language,
      ServerProfile profile,
      Validation.Sink sink,
      Consumer<String> credit) {
    this.language = language;
    this.profile = profile;
    this.sink = sink;
    this.credit = credit;
  }

  void check(Binding binding, Named what, Set<String> available) {
    List<Binding.BoundTag> tags = binding.tags();
    for (int i = 0; i < tags.size(); i++) {
      Binding.BoundTag t = tags.get(i);
      TagSpec spec = t.spec();
      String cap = spec.capability();
      if (cap != null) {
        credit.accept(cap);
        if (!available.contains(cap)) {
          sink.add(
              Validation.MISSING_REQUIRE,
              t.tag().span(),
              "tag ':"
                  + spec.name()
                  + "' of the "
                  + what
                  + " needs \""
                  + cap
                  + "\" in the require; without it the server rejects the script",
              "add \"" + cap + "\" to the require");
        }
      }
    }
    List<Binding.BoundParam> params = binding.params();
    for (int i = 0; i < params.size(); i++) {
      Binding.BoundParam p = params.get(i);
      String cap = p.spec().capability();
      if (cap == null) {
        continue;
      }
      credit.accept(cap);
      if (!available.contains(cap)) {
        sink.add(
            Validation.MISSING_REQUIRE,
            p.value().span(),
            "the "
                + p.spec().name()
                + " argument of the "
                + what
                + " needs \""
                + cap
                + "\" in the require; without it the server rejects the script",
            "add \"" + cap + "\" to the require, or drop the argument");
      }
    }
    comparator(binding, what, available);
    // One scan for the roles present; each check below is about one role most bindings lack.
    Set<ArgRole> roles = binding.roles();
    if (roles.contains(ArgRole.ENVELOPE_PARTS)) {
      envelopeParts(binding, available);
    }
    if (roles.contains(ArgRole.ADDRESS_HEADERS)) {
      addressHeaders(binding);
    }
    if (roles.contains(ArgRole.NOTIFY_METHOD)) {
      notifyMethods(binding, what);
    }
    if (roles.contains(ArgRole.PROGRAM_NAME)) {
      programNames(binding, what);
    }
    if (roles.contains(ArgRole.NOTIFY_OPTIONS)) {
      notifyOptions(binding, what);
    }
    if (roles.contains(ArgRole.HEADER_VALUE)) {
      headerValues(binding, what, available);
    }
    strings(binding, available);
  }

  /** RFC 5435 section 3.5: each option is optionname=value. */
  private void notifyOptions(Binding binding, Named what) {
    for (Argument.StringValue option : binding.stringsWithRole(ArgRole.NOTIFY_OPTIONS)) {
      String value = option.value();
      if (value.contains("${") || OPTION.matcher(value).matches()) {
        continue;
      }
      sink.add(
          Validation.INVALID_ARGUMENTS,
          option.span(),
          "option \""
              + value
              + "\" of the "
              + what
              + " is not of the form name=value (RFC 5435 section 3.5); the server rejects the"
              + " script",
          null);
    }
  }

  /** A header field value may not hold a NUL character (RFC 5293 section 4, RFC 5322). */
  private void headerValues(Binding binding, Named what, Set<String> available) {
    for (Argument.StringValue value : binding.stringsWithRole(ArgRole.HEADER_VALUE)) {
      boolean nul = value.value().indexOf('\0') >= 0;
      if (!nul && available.contains("encoded-character")) {
        Matcher m = ENCODED_PARTS.matcher(value.value());
        while (m.find() && !nul) {
          for (String hex : WHITESPACE.split(m.group(2).trim(), -1)) {
            nul |= !hex.isEmpty() && new BigInteger(hex, 16).signum() == 0;
          }
        }
      }
      if (nul) {
        sink.add(
            Validation.INVALID_ARGUMENTS,
            value.span(),
            "the header value of the "
                + what
                + " holds a NUL character; the server rejects the"
                + " script",
            null);
      }
    }
  }

  private void comparator(Binding binding, Named what, Set<String> available) {
    Optional<Argument> given = binding.comparator();
    if (given.isEmpty() || !(given.get() instanceof Argument.StringValue name)) {
      return;
    }
    if (name.value().contains("${")) {
      sink.add(
          Validation.INVALID_COMPARATOR,
          name.span(),
          "the comparator of the " + what + " must be a constant name, not built from variables",
          null);
      return;
    }
    Optional<Comparator> known = language.comparator(name.value());
    if (known.isEmpty()) {
      sink.add(
          Validation.INVALID_COMPARATOR,
          name.span(),
          "unknown comparator \""
              + name.value()
              + "\"; the server rejects the script (known: i;octet, i;ascii-casemap,"
              + " i;ascii-numeric, i;unicode-casemap)",
          null);
      return;
    }
    Comparator comparator = known.get();
    // "comparator-i;octet" may be required although i;octet needs no require: using it counts.
    credit.accept("comparator-" + comparator.name());
    String cap = comparator.capability();
    if (cap != null) {
      credit.accept(cap);
      if (!available.contains(cap)) {
        sink.add(
            Validation.INVALID_COMPARATOR,
            name.span(),
            "comparator \""
                + comparator.name()
                + "\" is not enabled: it needs \""
                + cap
                + "\" in the require, or the server rejects the script",
            "add \"" + cap + "\" to the require");
      }
    }
    String matchType = binding.matchType();
    if (!comparator.supports(matchType)) {
      sink.add(
          Validation.INVALID_COMPARATOR,
          name.span(),
          "comparator \""
              + comparator.name()
              + "\" cannot do :"
              + matchType
              + " matching in the "
              + what
              + (matchType.equals("regex")
                  ? " (:regex works with i;octet and i;ascii-casemap only)"
                  : " (it has no substring operation, RFC 4790 section 9.1)"),
          null);
    }
  }

  private void envelopeParts(Binding binding, Set<String> available) {
    for (Argument.StringValue part : binding.stringsWithRole(ArgRole.ENVELOPE_PARTS)) {
      if (part.value().contains("${")) {
        continue;
      }
      Optional<String> cap = language.envelopePart(part.value());
      if (cap.isEmpty()) {
        sink.add(
            Validation.INVALID_ARGUMENTS,
            part.span(),
            "envelope part \""
                + part.value()
                + "\" is not defined by any extension (known: "
                + String.join(", ", language.envelopeParts())
                + "); the server rejects the script",
            null);
      } else if (!cap.get().isEmpty()) {
        credit.accept(cap.get());
        if (!available.contains(cap.get())) {
          sink.add(
              Validation.MISSING_REQUIRE,
              part.span(),
              "envelope part \""
                  + part.value()
                  + "\" needs \""
                  + cap.get()
                  + "\" in the require; without it the server rejects the script",
              "add \"" + cap.get() + "\" to the require");
        }
      }
    }
  }

  private void addressHeaders(Binding binding) {
    for (Argument.StringValue header : binding.stringsWithRole(ArgRole.ADDRESS_HEADERS)) {
      String name = header.value().toLowerCase(Locale.ROOT);
      if (name.contains("${") || ADDRESS_HEADERS.contains(name)) {
        continue;
      }
      sink.add(
          Validation.INVALID_ARGUMENTS,
          header.span(),
          "the address test only reads headers that hold addresses (From, To, Cc, Bcc, Sender,"
              + " Reply-To, ...), not \""
              + header.value()
              + "\" (RFC 5228 section 5.1); the server rejects the script",
          "use the header test for \"" + header.value() + "\"");
    }
  }

  private void notifyMethods(Binding binding, Named what) {
    if (profile.notifyMethods().isEmpty() || what.kind().equals("test")) {
      return;
    }
    for (Argument.StringValue method : binding.stringsWithRole(ArgRole.NOTIFY_METHOD)) {
      String value = method.value();
      if (value.contains("${")) {
        continue;
      }
      int colon = value.indexOf(':');
      String scheme = (colon < 0 ? value : value.substring(0, colon)).toLowerCase(Locale.ROOT);
      if (!profile.notifyMethods().contains(scheme)) {
        sink.add(
            Validation.INVALID_ARGUMENTS,
            method.span(),
            "notification method \""
                + scheme
                + "\" is not supported on the "
                + profile.id()
                + " profile (supported: "
                + String.join(", ", profile.notifyMethods())
                + "); the server rejects the script",
            null);
      }
    }
  }

  private void programNames(Binding binding, Named what) {
    for (Argument.StringValue program : binding.stringsWithRole(ArgRole.PROGRAM_NAME)) {
      String name = program.value();
      boolean control =
          name.chars()
              .anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029);
      if (name.contains("/")
          || name.equals(".")
          || name.equals("..")
          || name.isEmpty()
          || control) {
        sink.add(
            Validation.INVALID_ARGUMENTS,
            program.span(),
            "program name \""
                + name
                + "\" of the "
                + what
                + " is not a plain file name; the server only runs programs from its configured"
                + " directory and rejects the script",
            null);
      }
    }
  }

  /** Encoded characters, oversized numbers and variable references in every argument. */
  private void strings(Binding binding, Set<String> available) {
    List<Binding.BoundTag> tags = binding.tags();
    for (int i = 0; i < tags.size(); i++) {
      Argument value = tags.get(i).value();
      if (value != null) {
        strings(value, available);
      }
    }
    List<Binding.BoundParam> params = binding.params();
    for (int i = 0; i < params.size(); i++) {
      strings(params.get(i).value(), available);
    }
  }

  private void strings(Argument argument, Set<String> available) {
    if (argument instanceof Argument.NumberValue number
        && number.value().compareTo(MAX_NUMBER) > 0) {
      sink.add(
          Validation.INVALID_ARGUMENTS,
          number.span(),
          "number " + number.raw() + " is larger than any Sieve server reads (2^64 - 1)",
          null);
    }
    List<Argument.StringValue> strings = Argument.strings(argument);
    for (int i = 0; i < strings.size(); i++) {
      Argument.StringValue s = strings.get(i);
      String raw = s.value();
      if (raw.indexOf("${") < 0) {
        continue;
      }
      if (VARIABLE.matcher(raw).find()) {
        credit.accept("variables");
      }
      if (!ENCODED.matcher(raw).find()) {
        continue;
      }
      credit.accept("encoded-character");
      if (available.contains("encoded-character")) {
        unicode(s);
      }
    }
  }

  private void unicode(Argument.StringValue s) {
    Matcher m = UNICODE.matcher(s.value());
    while (m.find()) {
      for (String hex : WHITESPACE.split(m.group(1).trim(), -1)) {
        if (hex.isEmpty()) {
          continue;
        }
        BigInteger code = new BigInteger(hex, 16);
        boolean surrogate =
            code.compareTo(BigInteger.valueOf(0xD800)) >= 0
                && code.compareTo(BigInteger.valueOf(0xDFFF)) <= 0;
        if (code.compareTo(BigInteger.valueOf(0x10FFFF)) > 0 || surrogate) {
          sink.add(
              Validation.INVALID_ARGUMENTS,
              s.span(),
              "${unicode:"
                  + hex
                  + "} is not a Unicode character (RFC 5228 section 2.4.2.4); the server rejects"
                  + " the script",
              null);
        }
      }
    }
  }
}
