package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.ArgRole;
import io.github.sievelint.spec.Binding;
import io.github.sievelint.spec.ScriptBindings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Flags a constant mail address that is not an RFC 5322 addr-spec: a redirect target, a vacation
 * {@code :from} or {@code :addresses} entry, an enotify {@code :from} or a {@code mailto:} method.
 */
public final class InvalidAddress implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "invalid-address",
          Severity.ERROR,
          Category.SYNTAX,
          "A constant redirect, vacation or mailto address is not a valid mail address",
          InvalidAddress.class);

  /** RFC 5322 section 3.2.3 atext, besides letters and digits. */
  private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

  /**
   * RFC 3986 unreserved and the RFC 6068 some-delims allowed in the 'to' part ({@code ,} apart).
   */
  private static final String TO_CHARS = "-._~!$'()*+:@";

  /** RFC 6068 qchar besides unreserved and pct-encoded. */
  private static final String QCHARS = "-._~!$'()*+,;:@";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    for (ScriptBindings.Bound bound : ArgumentValues.bindings(context).all()) {
      if (!(bound.node() instanceof Command command)) {
        continue;
      }
      Binding binding = bound.binding();
      switch (command.name()) {
        case "redirect", "vacation" -> {
          for (Argument.StringValue s : binding.stringsWithRole(ArgRole.ADDRESS)) {
            checkAddress(context, s, command.name() + " address");
          }
        }
        case "notify" -> checkNotify(context, binding);
        default -> {}
      }
    }
  }

  private static void checkNotify(RuleContext context, Binding binding) {
    List<Argument.StringValue> methods = binding.stringsWithRole(ArgRole.NOTIFY_METHOD);
    if (methods.size() != 1 || ArgumentValues.unknown(context, methods.get(0))) {
      return;
    }
    Argument.StringValue method = methods.get(0);
    if (!method.value().toLowerCase(Locale.ROOT).startsWith("mailto:")) {
      return;
    }
    for (Argument.StringValue from : binding.stringsWithRole(ArgRole.ADDRESS)) {
      checkAddress(context, from, "notify :from address");
    }
    String problem = mailtoProblem(method.value().substring("mailto:".length()));
    if (problem != null) {
      context.report(
          method.span(),
          "mailto URI '"
              + method.value()
              + "' is invalid: "
              + problem
              + "; the server rejects the script",
          List.of(),
          "percent-encode special characters (RFC 6068) and give valid addresses");
    }
  }

  private static void checkAddress(RuleContext context, Argument.StringValue s, String what) {
    if (ArgumentValues.unknown(context, s)) {
      return;
    }
    String problem = addressProblem(s.value());
    if (problem != null) {
      context.report(
          s.span(),
          what + " '" + s.value() + "' is invalid: " + problem + "; the server rejects the script",
          List.of(),
          "write one address such as \"alice@example.com\" or \"Alice <alice@example.com>\"");
    }
  }

  /**
   * What is wrong with {@code text} as one address, or null. As Pigeonhole does, a display name
   * form {@code Name <local@domain>} and white space around the parts are accepted.
   */
  static @Nullable String addressProblem(String text) {
    String s = withoutComments(text).strip();
    if (s.isEmpty()) {
      return "the address is empty";
    }
    int open = s.indexOf('<');
    if (open >= 0) {
      if (!s.endsWith(">") || s.indexOf('>') != s.length() - 1) {
        return "'<' without a closing '>'";
      }
      s = s.substring(open + 1, s.length() - 1).strip();
      if (s.isEmpty()) {
        return "the address in angle brackets is empty";
      }
    }
    int at = s.startsWith("\"") ? s.indexOf('@', Math.max(1, s.indexOf('"', 1))) : s.indexOf('@');
    if (at < 0) {
      return "no '@' and domain after the local part";
    }
    String local = s.substring(0, at).strip();
    String domain = s.substring(at + 1).strip();
    if (local.isEmpty()) {
      return "the local part before '@' is empty";
    }
    if (!validLocal(local)) {
      return "invalid local part '" + local + "'";
    }
    if (domain.isEmpty()) {
      return "the domain after '@' is empty";
    }
    if (!validDomain(domain)) {
      return "invalid domain '" + domain + "'";
    }
    return null;
  }

  /** {@code text} without RFC 5322 comments: "a(x)@b" is "a@b" (section 3.2.2). */
  private static String withoutComments(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && depth == 0) {
        quoted = !quoted;
      } else if (c == '(' && !quoted) {
        depth++;
        continue;
      } else if (c == ')' && !quoted && depth > 0) {
        depth--;
        continue;
      }
      if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean validLocal(String local) {
    if (local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"")) {
      return local.chars().allMatch(c -> c >= 32 && c < 127);
    }
    // Pigeonhole accepts leading, trailing and repeated dots, as many real addresses have them.
    return local.chars().allMatch(c -> c == '.' || atext(c));
  }

  private static boolean validDomain(String domain) {
    if (domain.startsWith("[") && domain.endsWith("]")) {
      return domain.chars().allMatch(c -> c > 32 && c < 127);
    }
    if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
      return false;
    }
    return domain.chars().allMatch(c -> c == '.' || atext(c));
  }

  private static boolean atext(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || ATEXT_SPECIALS.indexOf(c) >= 0;
  }

  /** What is wrong with the part of a mailto URI after the scheme (RFC 6068 section 2), or null. */
  static @Nullable String mailtoProblem(String rest) {
    int q = rest.indexOf('?');
    String to = q < 0 ? rest : rest.substring(0, q);
    for (int i = 0; i < to.length(); i++) {
      char c = to.charAt(i);
      if (!unreserved(c) && c != '%' && c != ',' && TO_CHARS.indexOf(c) < 0) {
        return "invalid character '" + c + "' in the 'to' part";
      }
    }
    String problem = recipients(to, "recipient");
    if (problem != null) {
      return problem;
    }
    if (q < 0) {
      return null;
    }
    for (String field : rest.substring(q + 1).split("&", -1)) {
      int eq = field.indexOf('=');
      String name = eq < 0 ? field : field.substring(0, eq);
      String value = eq < 0 ? "" : field.substring(eq + 1);
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c != '=' && !unreserved(c) && c != '%' && QCHARS.indexOf(c) < 0) {
          return "invalid character '" + c + "' in header field '" + name + "'";
        }
      }
      String decodedName = decode(name);
      if (decodedName == null || InvalidHeaderName.problem(decodedName) != null) {
        return "invalid header name '" + name + "'";
      }
      if (decodedName.equalsIgnoreCase("to") || decodedName.equalsIgnoreCase("cc")) {
        String p = recipients(value, decodedName.toLowerCase(Locale.ROOT) + " recipient");
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static @Nullable String recipients(String encoded, String what) {
    String decoded = decode(encoded);
    if (decoded == null) {
      return "invalid percent-encoding in '" + encoded + "'";
    }
    if (decoded.isEmpty()) {
      return null;
    }
    for (String address : decoded.split(",", -1)) {
      String problem = addressProblem(address);
      if (problem != null) {
        return "invalid " + what + " '" + address + "': " + problem;
      }
    }
    return null;
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Percent-decoding as UTF-8, or null when a '%' is not followed by two hex digits. */
  private static @Nullable String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
