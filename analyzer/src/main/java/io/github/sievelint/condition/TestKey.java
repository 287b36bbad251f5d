package io.github.sievelint.condition;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Test;
import java.util.List;

/**
 * The text that identifies a test by what it asks of the message: its name, tags, numbers and
 * strings, and the tests inside it. Two tests with the same key are true for the same messages.
 * Strings compared with the default {@code i;ascii-casemap} comparator, header names among them,
 * are case-folded (RFC 5228 sections 2.7.3 and 5.7): {@code header :is "Subject" "A"} and {@code
 * header :is "subject" "a"} are one test. Under {@code i;octet} strings are kept as written.
 */
public final class TestKey {

  private TestKey() {}

  /** The key of {@code test}. */
  public static String of(Test test) {
    StringBuilder out = new StringBuilder();
    append(test, true, out);
    return out.toString();
  }

  /** The test exactly as written (no folding): for caches whose answers quote the test. */
  static String written(Test test) {
    StringBuilder out = new StringBuilder();
    append(test, false, out);
    return out.toString();
  }

  private static void append(Test test, boolean fold, StringBuilder out) {
    boolean folds =
        fold && !test.arguments().tagArgument("comparator").map(TestKey::octet).orElse(false);
    out.append(test.name());
    for (Argument argument : test.arguments().values()) {
      out.append(' ');
      if (argument instanceof Argument.Tag tag) {
        out.append(':').append(tag.name());
      } else if (argument instanceof Argument.NumberValue number) {
        out.append(number.value());
      } else if (argument instanceof Argument.StringValue string) {
        quote(string.value(), folds, out);
      } else if (argument instanceof Argument.StringList list) {
        out.append('[');
        for (Argument.StringValue item : list.items()) {
          quote(item.value(), folds, out);
          out.append(',');
        }
        out.append(']');
      }
    }
    for (Test inner : test.arguments().tests()) {
      out.append(" (");
      append(inner, fold, out);
      out.append(')');
    }
  }

  private static boolean octet(Argument comparator) {
    List<Argument.StringValue> names = Argument.strings(comparator);
    return !names.isEmpty() && names.get(0).value().equalsIgnoreCase("i;octet");
  }

  private static void quote(String value, boolean fold, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\');
      }
      // i;ascii-casemap folds ASCII letters only (RFC 4790 section 9.2).
      out.append(fold && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    out.append('"');
  }
}
