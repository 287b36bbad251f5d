package io.github.sievelint.spec;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Arguments;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Matches the plain arguments of a command or test against its {@link Signature}. */
public final class Binder {

  private Binder() {}

  /**
   * Binds {@code arguments} to {@code spec}. {@code available} is the set of capabilities the
   * script requires, used to choose between same-named tags of different extensions; {@code anchor}
   * is where problems that belong to no single argument are reported.
   */
  public static Binding bind(
      Signature spec, Arguments arguments, Set<String> available, Span anchor) {
    List<Binding.BoundTag> tags = new ArrayList<>();
    List<Argument> positional = new ArrayList<>();
    List<Binding.Problem> problems = new ArrayList<>();
    List<Argument> values = arguments.values();
    // Message parts are built only when a message needs them: most arguments bind cleanly.
    Supplier<String> what = Named.of(spec);
    for (int i = 0; i < values.size(); i++) {
      Argument argument = values.get(i);
      if (!(argument instanceof Argument.Tag tag)) {
        positional.add(argument);
        continue;
      }
      TagSpec tagSpec = pick(spec, tag.name(), available);
      if (tagSpec == null) {
        problems.add(
            problem(
                tag.span(),
                "unknown tag ':"
                    + tag.name()
                    + "' for the "
                    + what.get()
                    + tagHint(spec, tag.name())
                    + "; usage: "
                    + spec.usage(available)));
        continue;
      }
      if (!positional.isEmpty()) {
        problems.add(
            problem(
                tag.span(),
                "tag ':"
                    + tag.name()
                    + "' comes after a positional argument of the "
                    + what.get()
                    + "; tags must come first (RFC 5228 section 2.6.2)"));
      }
      Param param = tagSpec.argument();
      Argument value = null;
      if (param != null) {
        Argument next = i + 1 < values.size() ? values.get(i + 1) : null;
        if (next == null || next instanceof Argument.Tag) {
          problems.add(
              problem(
                  tag.span(),
                  "tag ':"
                      + tag.name()
                      + "' of the "
                      + what.get()
                      + " needs "
                      + param.type().withArticle()
                      + " after it ("
                      + tagSpec.usage()
                      + "), found "
                      + (next == null ? "nothing" : ArgType.describe(next))));
        } else {
          value = next;
          i++;
          if (!param.type().accepts(next)) {
            problems.add(
                problem(
                    next.span(),
                    "tag ':"
                        + tag.name()
                        + "' of the "
                        + what.get()
                        + " needs "
                        + param.type().withArticle()
                        + " ("
                        + tagSpec.usage()
                        + "), found "
                        + ArgType.describe(next)));
          } else {
            checkValues(
                param, next, new Prefixed("tag ':", tag.name(), "' of the ", what), problems);
          }
        }
      }
      tags.add(new Binding.BoundTag(tagSpec, tag, value));
    }
    // Built only when a message needs it: most commands bind without a problem.
    Supplier<String> usage = new Usage(spec, available);
    checkTags(spec, what, tags, problems, anchor, usage);
    List<Binding.BoundParam> params =
        bindPositional(spec, what, positional, problems, anchor, usage);
    return new Binding(spec, tags, params, problems);
  }

  /** Among same-named tags prefer one whose capability is available. */
  /** " (did you mean ':days'?)" for a misspelt tag of {@code spec}, else nothing. */
  private static String tagHint(Signature spec, String name) {
    String hint =
        Names.suggest(name, spec.tags().stream().map(TagSpec::name).distinct().sorted().toList());
    return hint == null ? "" : " (did you mean ':" + hint + "'?)";
  }

  private static @org.jspecify.annotations.Nullable TagSpec pick(
      Signature spec, String name, Set<String> available) {
    TagSpec first = null;
    List<TagSpec> specs = spec.tags();
    for (int i = 0; i < specs.size(); i++) {
      TagSpec t = specs.get(i);
      if (!t.name().equals(name)) {
        continue;
      }
      String cap = t.capability();
      if (cap == null || available.contains(cap)) {
        return t;
      }
      if (first == null) {
        first = t;
      }
    }
    return first;
  }

  private static void checkTags(
      Signature spec,
      Supplier<String> what,
      List<Binding.BoundTag> tags,
      List<Binding.Problem> problems,
      Span anchor,
      Supplier<String> usage) {
    if (tags.isEmpty() && spec.requiredGroups().isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    Map<String, Binding.BoundTag> byGroup = new HashMap<>();
    for (int i = 0; i < tags.size(); i++) {
      Binding.BoundTag t = tags.get(i);
      String name = t.spec().name();
      if (!seen.add(name)) {
        problems.add(
            problem(t.tag().span(), "tag ':" + name + "' is given twice to the " + what.get()));
        continue;
      }
      String group = t.spec().group();
      if (group == null) {
        continue;
      }
      Binding.BoundTag earlier = byGroup.putIfAbsent(group, t);
      if (earlier != null) {
        problems.add(
            problem(
                t.tag().span(),
                "tags ':"
                    + earlier.spec().name()
                    + "' and ':"
                    + name
                    + "' of the "
                    + what.get()
                    + " exclude each other: both set the "
                    + Signature.groupWords(group)));
      }
    }
    for (int i = 0; i < tags.size(); i++) {
      Binding.BoundTag t = tags.get(i);
      String needed = t.spec().requiresTag();
      if (needed != null && !seen.contains(needed)) {
        problems.add(
            problem(
                t.tag().span(),
                "tag ':"
                    + t.spec().name()
                    + "' of the "
                    + what.get()
                    + " is only allowed together with ':"
                    + needed
                    + "'"));
      }
    }
    for (String group : spec.requiredGroups()) {
      if (!byGroup.containsKey(group)) {
        String choices =
            spec.tags().stream()
                .filter(t -> group.equals(t.group()))
                .map(t -> ":" + t.name())
                .collect(Collectors.joining(" or "));
        problems.add(
            problem(anchor, "the " + what.get() + " needs " + choices + "; usage: " + usage.get()));
      }
    }
  }

  private static List<Binding.BoundParam> bindPositional(
      Signature spec,
      Supplier<String> what,
      List<Argument> positional,
      List<Binding.Problem> problems,
      Span anchor,
      Supplier<String> usage) {
    List<Param> params = spec.params();
    int required = spec.requiredCount();
    int found = positional.size();
    if (found < required || found > params.size()) {
      String expected =
          required == params.size()
              ? count(required)
              : found < required
                  ? "at least " + count(required)
                  : "at most " + count(params.size());
      Span where = found > params.size() ? positional.get(params.size()).span() : anchor;
      problems.add(
          problem(
              where,
              "the "
                  + what.get()
                  + " expects "
                  + expected
                  + ", found "
                  + (found == 0 ? "none" : String.valueOf(found))
                  + "; usage: "
                  + usage.get()));
      return List.of();
    }
    List<Binding.BoundParam> out = new ArrayList<>();
    int extra = found - required;
    int next = 0;
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      if (p.optional()) {
        if (extra == 0) {
          continue;
        }
        extra--;
      }
      Argument value = positional.get(next++);
      out.add(new Binding.BoundParam(p, value));
      if (!p.type().accepts(value)) {
        problems.add(
            problem(
                value.span(),
                "the "
                    + what.get()
                    + " expects "
                    + p.type().withArticle()
                    + " as "
                    + p.usage()
                    + ", found "
                    + ArgType.describe(value)
                    + "; usage: "
                    + usage.get()));
      } else {
        checkValues(p, value, new Prefixed("the ", "", "", what), problems);
      }
    }
    return out;
  }

  /** A constant outside the allowed values; strings that hold variables are left alone. */
  private static void checkValues(
      Param param, Argument value, Supplier<String> owner, List<Binding.Problem> problems) {
    if (param.values().isEmpty()) {
      return;
    }
    List<Argument.StringValue> strings = Argument.strings(value);
    for (int i = 0; i < strings.size(); i++) {
      Argument.StringValue s = strings.get(i);
      if (s.value().contains("${")) {
        continue;
      }
      if (!param.values().contains(s.value().toLowerCase(Locale.ROOT))) {
        problems.add(
            problem(
                s.span(),
                param.name()
                    + " \""
                    + s.value()
                    + "\" of "
                    + owner.get()
                    + " is not one of "
                    + String.join(", ", param.values())));
      }
    }
  }

  private static String count(int n) {
    return n == 1 ? "1 positional argument" : n + " positional arguments";
  }

  private static Binding.Problem problem(Span span, String message) {
    return new Binding.Problem(span, message);
  }

  // Message parts, made into text only when a message needs them (most arguments bind cleanly).
  // Small classes rather than lambdas: a capturing lambda is created through a method handle,
  // which C1, the compiler of a short lint run, does not inline.

  /** The usage line of {@code spec} with {@code available} capabilities. */
  private record Usage(Signature spec, Set<String> available) implements Supplier<String> {
    @Override
    public String get() {
      return spec.usage(available);
    }
  }

  /** {@code before + name + after + rest}. */
  private record Prefixed(String before, String name, String after, Supplier<String> rest)
      implements Supplier<String> {
    @Override
    public String get() {
      return before + name + after + rest.get();
    }
  }
}
