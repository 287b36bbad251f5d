package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.spec.ArgRole;
import io.github.sievelint.spec.Binding;
import io.github.sievelint.spec.Comparator;
import io.github.sievelint.spec.Named;
import io.github.sievelint.spec.ServerProfile;
import io.github.sievelint.spec.ServerProfiles;
import io.github.sievelint.spec.SieveLanguage;
import io.github.sievelint.spec.TagSpec;
import io.github.sievelint.spec.VariableNamespace;
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
 *
 * <p>Its loops over commands, tests and arguments are indexed: they run for every command of every
 * script, and under the launcher's C1 compiler a for-each allocates an iterator each time (written
 * as for-each, the 100,000-account benchmark allocated 11 % more and ran 15 % slower).
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
    List<Binding.BoundTag> tagList = binding.tags();
    for (int tagIndex = 0; tagIndex < tagList.size(); tagIndex++) {
      Binding.BoundTag tag = tagList.get(tagIndex);
      TagSpec spec = tag.spec();
      String cap = spec.capability();
      if (cap != null) {
        credit.accept(cap);
        if (!available.contains(cap)) {
          sink.add(new ValidityProblem.TagNeeds(tag.tag().span(), spec.name(), what, cap));
        }
      }
    }
    List<Binding.BoundParam> paramList = binding.params();
    for (int paramIndex = 0; paramIndex < paramList.size(); paramIndex++) {
      Binding.BoundParam param = paramList.get(paramIndex);
      String cap = param.spec().capability();
      if (cap == null) {
        continue;
      }
      credit.accept(cap);
      if (!available.contains(cap)) {
        sink.add(
            new ValidityProblem.ArgumentNeeds(
                param.value().span(), param.spec().name(), what, cap));
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
      notifyMethods(binding, what, available);
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
    if (roles.contains(ArgRole.VARIABLE_NAME) || roles.contains(ArgRole.VARIABLE_NAMES)) {
      variableNames(binding);
    }
    strings(binding, available);
  }

  /** A name assigned in a namespace ({@code set "global.x"}) uses the namespace's extension. */
  private void variableNames(Binding binding) {
    for (ArgRole role : new ArgRole[] {ArgRole.VARIABLE_NAME, ArgRole.VARIABLE_NAMES}) {
      List<Argument.StringValue> names = binding.stringsWithRole(role);
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).value();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
          creditNamespace(name.substring(0, dot).toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  /**
   * Credits the capabilities that define the variable namespace whose parts are {@code namespace}
   * ("global", or "env.vnd.dovecot" for a reference to an environment item): unused-require must
   * not call an extension unused whose only use is its namespace (RFC 5229 section 3).
   */
  private void creditNamespace(String namespace) {
    if (namespace.isEmpty()) {
      return;
    }
    int dot = namespace.indexOf('.');
    List<VariableNamespace> definitions =
        language.variableNamespaces(dot < 0 ? namespace : namespace.substring(0, dot));
    for (int i = 0; i < definitions.size(); i++) {
      String cap = definitions.get(i).capability();
      if (cap != null) {
        credit.accept(cap);
      }
    }
  }

  /** RFC 5435 section 3.5: each option is optionname=value. */
  private void notifyOptions(Binding binding, Named what) {
    for (Argument.StringValue option : binding.stringsWithRole(ArgRole.NOTIFY_OPTIONS)) {
      String value = option.value();
      if (value.contains("${") || OPTION.matcher(value).matches()) {
        continue;
      }
      sink.add(new ValidityProblem.MalformedOption(option.span(), value, what));
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
        sink.add(new ValidityProblem.NulInHeaderValue(value.span(), what));
      }
    }
  }

  private void comparator(Binding binding, Named what, Set<String> available) {
    Optional<Argument> given = binding.comparator();
    if (given.isEmpty() || !(given.get() instanceof Argument.StringValue name)) {
      return;
    }
    if (name.value().contains("${")) {
      sink.add(new ValidityProblem.VariableComparator(name.span(), what));
      return;
    }
    Optional<Comparator> known = language.comparator(name.value());
    if (known.isEmpty()) {
      sink.add(new ValidityProblem.UndefinedComparator(name.span(), name.value()));
      return;
    }
    Comparator comparator = known.get();
    // "comparator-i;octet" may be required although i;octet needs no require: using it counts.
    credit.accept("comparator-" + comparator.name());
    String cap = comparator.capability();
    if (cap != null) {
      credit.accept(cap);
      if (!available.contains(cap)) {
        sink.add(new ValidityProblem.UnrequiredComparator(name.span(), comparator.name(), cap));
      }
    }
    String matchType = binding.matchType();
    if (!comparator.supports(matchType)) {
      sink.add(
          new ValidityProblem.ComparatorCannotMatch(
              name.span(), comparator.name(), matchType, what));
    }
  }

  private void envelopeParts(Binding binding, Set<String> available) {
    for (Argument.StringValue part : binding.stringsWithRole(ArgRole.ENVELOPE_PARTS)) {
      if (part.value().contains("${")) {
        continue;
      }
      Optional<String> cap = language.envelopePart(part.value());
      if (cap.isEmpty()) {
        sink.add(new ValidityProblem.UndefinedEnvelopePart(part.span(), part.value()));
      } else if (!cap.get().isEmpty()) {
        credit.accept(cap.get());
        if (!available.contains(cap.get())) {
          sink.add(new ValidityProblem.EnvelopePartNeeds(part.span(), part.value(), cap.get()));
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
      sink.add(new ValidityProblem.NotAnAddressHeader(header.span(), header.value()));
    }
  }

  /**
   * The pseudo-capability an enclosing {@code valid_notify_method} or {@code
   * notify_method_capability} test adds for a method it checks: {@code notify-method:xmpp}.
   */
  static final String NOTIFY_GUARD = "notify-method:";

  /** The URI scheme of a notification method, lower case: {@code mailto}. */
  static String scheme(String method) {
    int colon = method.indexOf(':');
    return (colon < 0 ? method : method.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  private void notifyMethods(Binding binding, Named what, Set<String> available) {
    if (profile.notifyMethods().isEmpty() || what.kind().equals("test")) {
      return;
    }
    for (Argument.StringValue method : binding.stringsWithRole(ArgRole.NOTIFY_METHOD)) {
      String value = method.value();
      if (value.contains("${")) {
        continue;
      }
      String scheme = scheme(value);
      // Pigeonhole checks the method when it compiles, guarded or not, and so does the generic
      // profile, which follows the strictest server; elsewhere an unsupported method is an error
      // at run time (RFC 5435 section 3.2) that a guard avoids.
      boolean compiles =
          profile.id().startsWith("dovecot") || profile.equals(ServerProfiles.GENERIC);
      if (!compiles && available.contains(NOTIFY_GUARD + scheme)) {
        continue;
      }
      if (!profile.notifyMethods().contains(scheme)) {
        sink.add(new ValidityProblem.UnsupportedNotifyMethod(method.span(), scheme, profile));
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
        sink.add(new ValidityProblem.ProgramPath(program.span(), name, what));
      }
    }
  }

  /** Encoded characters, oversized numbers and variable references in every argument. */
  private void strings(Binding binding, Set<String> available) {
    List<Binding.BoundTag> tagList = binding.tags();
    for (int tagIndex = 0; tagIndex < tagList.size(); tagIndex++) {
      Binding.BoundTag tag = tagList.get(tagIndex);
      Argument value = tag.value();
      if (value != null) {
        strings(value, available);
      }
    }
    List<Binding.BoundParam> paramList = binding.params();
    for (int paramIndex = 0; paramIndex < paramList.size(); paramIndex++) {
      Binding.BoundParam param = paramList.get(paramIndex);
      strings(param.value(), available);
    }
  }

  private void strings(Argument argument, Set<String> available) {
    if (argument instanceof Argument.NumberValue number
        && number.value().compareTo(MAX_NUMBER) > 0) {
      sink.add(new ValidityProblem.NumberTooLarge(number.span(), number.raw()));
    }
    List<Argument.StringValue> sList = Argument.strings(argument);
    for (int sIndex = 0; sIndex < sList.size(); sIndex++) {
      Argument.StringValue s = sList.get(sIndex);
      String raw = s.value();
      if (raw.indexOf("${") < 0) {
        continue;
      }
      if (VARIABLE.matcher(raw).find()) {
        credit.accept("variables");
        List<VariableRefs.Ref> refs = VariableRefs.refs(raw);
        for (int r = 0; r < refs.size(); r++) {
          creditNamespace(refs.get(r).namespace());
        }
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
          sink.add(new ValidityProblem.NotUnicode(s.span(), hex));
        }
      }
    }
  }
}
