package io.github.sievelint.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What commands and tests have in common: a name, capabilities, tags and positional arguments. */
public sealed interface Signature permits CommandSpec, TestSpec {

  String name();

  /** Every capability that must be required to use it; empty for RFC 5228 core. */
  List<String> capabilities();

  List<Param> params();

  List<TagSpec> tags();

  /** Groups of which exactly one tag must be given (size needs :over or :under). */
  List<String> requiredGroups();

  /** "command" or "test", for messages. */
  String kind();

  /** The tag named {@code name} (without colon), if this signature has it. */
  default Optional<TagSpec> tag(String name) {
    for (TagSpec t : tags()) {
      if (t.name().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The number of positional arguments that must be given. */
  default int requiredCount() {
    List<Param> params = params();
    int count = 0;
    for (int i = 0; i < params.size(); i++) {
      if (!params.get(i).optional()) {
        count++;
      }
    }
    return count;
  }

  /**
   * The usage line in the style of the RFCs: {@code fileinto [:copy] <mailbox: string>}. Tags of a
   * group whose name is upper case are shown as that name ({@code [COMPARATOR]}).
   */
  default String usage() {
    return usage(null);
  }

  /**
   * The usage line without the tags of vendor extensions ({@code vnd.*}) that {@code available}
   * lacks, so that a message does not advertise another server's extras; {@code null} shows all.
   */
  default String usage(@Nullable Set<String> available) {
    StringBuilder out = new StringBuilder(name());
    Map<String, List<TagSpec>> groups = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    for (TagSpec tag : tags()) {
      String cap = tag.capability();
      if (available != null && cap != null && cap.startsWith("vnd.") && !available.contains(cap)) {
        continue;
      }
      String group = tag.group();
      if (group == null) {
        order.add(tag);
        continue;
      }
      String label = groupLabel(group);
      if (!groups.containsKey(label)) {
        order.add(label);
      }
      groups.computeIfAbsent(label, k -> new ArrayList<>()).add(tag);
    }
    for (Object item : order) {
      out.append(' ');
      if (item instanceof TagSpec tag) {
        out.append('[').append(tag.usage()).append(']');
        continue;
      }
      String label = (String) item;
      boolean required = requiredGroups().stream().anyMatch(g -> groupLabel(g).equals(label));
      String body =
          isCollapsed(label)
              ? label
              : String.join(
                  " / ",
                  groups.getOrDefault(label, List.of()).stream().map(TagSpec::usage).toList());
      out.append(required ? "<" : "[").append(body).append(required ? ">" : "]");
    }
    for (Param p : params()) {
      out.append(' ').append(p.usage());
    }
    return out.toString();
  }

  /** The part of a group name before '/', which usage lines and messages show. */
  static String groupLabel(String group) {
    int slash = group.indexOf('/');
    return slash < 0 ? group : group.substring(0, slash);
  }

  /** A group name as words for messages: {@code MATCH-TYPE} becomes "match type". */
  static String groupWords(String group) {
    String label = groupLabel(group);
    return isCollapsed(label) ? label.toLowerCase(Locale.ROOT).replace('-', ' ') : label;
  }

  private static boolean isCollapsed(String label) {
    return label.equals(label.toUpperCase(Locale.ROOT));
  }
}
