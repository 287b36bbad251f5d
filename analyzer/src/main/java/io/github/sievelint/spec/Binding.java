package io.github.sievelint.spec;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of one command or test matched against its {@link Signature}: which tag is which,
 * which argument fills which positional parameter, and what did not fit.
 *
 * <p>Rules use it to find the arguments they check: {@link #withRole} gives, for example, every
 * header name or every key, and {@link #matchType} says whether the keys are regular expressions.
 */
public record Binding(
    Signature spec, List<BoundTag> tags, List<BoundParam> params, List<Problem> problems) {

  /** A tag that was given, with its spec and its argument when it takes one. */
  public record BoundTag(TagSpec spec, Argument.Tag tag, @Nullable Argument value) {}

  /** A positional argument and the parameter it fills. */
  public record BoundParam(Param spec, Argument value) {}

  /** Something that does not fit the signature, with where it is. */
  public record Problem(Span span, String message) {}

  public Binding {
    tags = List.copyOf(tags);
    params = List.copyOf(params);
    problems = List.copyOf(problems);
  }

  /** The tag named {@code name} (without colon), if given. */
  public Optional<BoundTag> tag(String name) {
    for (int i = 0; i < tags.size(); i++) {
      BoundTag t = tags.get(i);
      if (t.spec().name().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The match type in effect: the tag of the MATCH-TYPE group, or "is" (RFC 5228 2.7.1). */
  public String matchType() {
    for (int i = 0; i < tags.size(); i++) {
      BoundTag t = tags.get(i);
      String group = t.spec().group();
      if (group != null && group.equals(Table.MATCH_TYPE)) {
        return t.spec().name();
      }
    }
    return "is";
  }

  /** The argument of {@code :comparator}, if given. */
  public Optional<Argument> comparator() {
    return tag("comparator").map(BoundTag::value);
  }

  /** Every argument, positional or of a tag, whose parameter has {@code role}, in source order. */
  public List<Argument> withRole(ArgRole role) {
    List<Argument> out = null;
    for (int i = 0; i < tags.size(); i++) {
      BoundTag t = tags.get(i);
      Param p = t.spec().argument();
      Argument value = t.value();
      if (p != null && value != null && effectiveRole(p) == role) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(value);
      }
    }
    for (int i = 0; i < params.size(); i++) {
      BoundParam p = params.get(i);
      if (effectiveRole(p.spec()) == role) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(p.value());
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * The roles present: lets a caller with many role questions skip the absent roles after one scan
   * (most bindings have two or three of the twenty roles).
   */
  public Set<ArgRole> roles() {
    EnumSet<ArgRole> roles = EnumSet.noneOf(ArgRole.class);
    for (int i = 0; i < tags.size(); i++) {
      BoundTag t = tags.get(i);
      Param p = t.spec().argument();
      if (p != null && t.value() != null) {
        roles.add(effectiveRole(p));
      }
    }
    for (int i = 0; i < params.size(); i++) {
      roles.add(effectiveRole(params.get(i).spec()));
    }
    return roles;
  }

  /** The strings of {@link #withRole}, flattened. */
  public List<Argument.StringValue> stringsWithRole(ArgRole role) {
    List<Argument> values = withRole(role);
    if (values.isEmpty()) {
      return List.of();
    }
    if (values.size() == 1) {
      return Argument.strings(values.get(0));
    }
    List<Argument.StringValue> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      out.addAll(Argument.strings(values.get(i)));
    }
    return out;
  }

  /** RFC 6134 section 2.6: with :list, the redirect target names a list, not an address. */
  private ArgRole effectiveRole(Param p) {
    if (p.role() == ArgRole.ADDRESS && spec.name().equals("redirect") && tag("list").isPresent()) {
      return ArgRole.EXT_LIST;
    }
    return p.role();
  }
}
