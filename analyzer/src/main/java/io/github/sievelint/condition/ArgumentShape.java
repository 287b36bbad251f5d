package io.github.sievelint.condition;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Arguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a command or test split into tags (with the argument a tag takes) and positional
 * arguments, so that flow analysis can read a header list or a key list without the full language
 * table.
 *
 * <p>Sieve tags keep one arity across the extensions that define them, so one list of tags that
 * take an argument is enough here.
 */
public record ArgumentShape(Map<String, Optional<Argument>> tags, List<Argument> positional) {

  /** Tags that take one argument (RFC 5228, 5229, 5230, 5231, 5260, 5435, 5703, 6009, 7352...). */
  private static final Set<String> TAGS_WITH_ARGUMENT =
      Set.of(
          "comparator",
          "count",
          "value",
          "index",
          "zone",
          "param",
          "content",
          "header",
          "uniqueid",
          "handle",
          "seconds",
          "days",
          "subject",
          "from",
          "addresses",
          "importance",
          "options",
          "message",
          "method",
          "flags",
          "mailboxid",
          "specialuse",
          "notify",
          "ret",
          "by",
          "envid",
          "fcc",
          "id",
          "output",
          "first",
          "bytimerelative",
          "bytimeabsolute",
          "bymode",
          "input");

  private static final Set<String> MATCH_TYPES =
      Set.of("is", "contains", "matches", "regex", "count", "value", "list");

  private static final Set<String> ADDRESS_PARTS =
      Set.of("all", "localpart", "domain", "user", "detail");

  public ArgumentShape {
    // of() hands over collections nobody else holds, already read-only: they are kept as they are
    // (a shape is built for most tests of every script).
    if (tags.isEmpty()) {
      tags = Map.of();
    } else if (!(tags instanceof ReadOnly)) {
      tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
    positional = List.copyOf(positional);
  }

  /** The read-only tag map of {@link #of}. */
  private static final class ReadOnly extends java.util.AbstractMap<String, Optional<Argument>> {
    private final Map<String, Optional<Argument>> map;

    ReadOnly(Map<String, Optional<Argument>> map) {
      this.map = map;
    }

    @Override
    public java.util.Set<Map.Entry<String, Optional<Argument>>> entrySet() {
      return java.util.Collections.unmodifiableMap(map).entrySet();
    }

    // Map.get answers null for a missing key, here as everywhere.
    @SuppressWarnings("NullableOptional")
    @Override
    public @org.jspecify.annotations.Nullable Optional<Argument> get(
        @org.jspecify.annotations.Nullable Object key) {
      return map.get(key);
    }

    @Override
    public boolean containsKey(@org.jspecify.annotations.Nullable Object key) {
      return map.containsKey(key);
    }

    @Override
    public java.util.Set<String> keySet() {
      return java.util.Collections.unmodifiableSet(map.keySet());
    }

    @Override
    public int size() {
      return map.size();
    }
  }

  /** Splits {@code arguments}. */
  public static ArgumentShape of(Arguments arguments) {
    Map<String, Optional<Argument>> tags = new LinkedHashMap<>();
    List<Argument> positional = new ArrayList<>();
    List<Argument> values = arguments.values();
    for (int i = 0; i < values.size(); i++) {
      Argument argument = values.get(i);
      if (argument instanceof Argument.Tag tag) {
        Optional<Argument> own = Optional.empty();
        if (TAGS_WITH_ARGUMENT.contains(tag.name())
            && i + 1 < values.size()
            && !(values.get(i + 1) instanceof Argument.Tag)) {
          own = Optional.of(values.get(i + 1));
          i++;
        }
        tags.putIfAbsent(tag.name(), own);
      } else {
        positional.add(argument);
      }
    }
    return new ArgumentShape(tags.isEmpty() ? Map.of() : new ReadOnly(tags), positional);
  }

  public boolean has(String tag) {
    return tags.containsKey(tag);
  }

  /** The argument of {@code tag}, if the tag is present with one. */
  public Optional<Argument> tagArgument(String tag) {
    Optional<Argument> value = tags.get(tag);
    return value == null ? Optional.empty() : value;
  }

  /** The match type without colon: {@code is} unless another one is given. */
  public String matchType() {
    for (String tag : tags.keySet()) {
      if (MATCH_TYPES.contains(tag)) {
        return tag;
      }
    }
    return "is";
  }

  /** The comparator name, lower case; {@code i;ascii-casemap} by default (RFC 5228 2.7.3). */
  public String comparator() {
    return tagArgument("comparator")
        .flatMap(a -> Argument.strings(a).stream().findFirst())
        .map(s -> s.value().toLowerCase(Locale.ROOT))
        .orElse("i;ascii-casemap");
  }

  /** The address part without colon: {@code all} unless another one is given. */
  public String addressPart() {
    for (String tag : tags.keySet()) {
      if (ADDRESS_PARTS.contains(tag)) {
        return tag;
      }
    }
    return "all";
  }

  /** The string values of positional argument {@code index}; empty when absent or not a string. */
  public List<Argument.StringValue> strings(int index) {
    return index < positional.size() ? Argument.strings(positional.get(index)) : List.of();
  }

  /** The decoded string values of positional argument {@code index}. */
  public List<String> values(int index) {
    List<Argument.StringValue> strings = strings(index);
    String[] out = new String[strings.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = strings.get(i).value();
    }
    return List.of(out);
  }

  /** The values of positional argument {@code index} in lower case, for header names. */
  public List<String> lowerValues(int index) {
    List<Argument.StringValue> strings = strings(index);
    String[] out = new String[strings.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = strings.get(i).value().toLowerCase(Locale.ROOT);
    }
    return List.of(out);
  }

  /** The last positional string, such as the target of redirect or the method of notify. */
  public Optional<Argument.StringValue> lastString() {
    for (int i = positional.size() - 1; i >= 0; i--) {
      if (positional.get(i) instanceof Argument.StringValue s) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
