package io.github.sievelint.graph;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.Path;
import io.github.sievelint.flow.PathSet;
import io.github.sievelint.flow.Segment;
import io.github.sievelint.model.Location;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The responding actions of one account, read from the flow of its effective script: each {@link
 * Flow#responding} command that some path reaches, with the conditions of those paths. The
 * forwarding graph is built from these, so the cross-account rules judge an action under exactly
 * the conditions the per-script guard rules see.
 */
public final class ScriptActions {

  private ScriptActions() {}

  /** The reachable responding actions of {@code flow}, run by the account {@code account}. */
  public static List<ScriptAction> of(String account, Flow flow) {
    return of(account, flow, new ConcurrentHashMap<>());
  }

  /**
   * Like {@link #of(String, Flow)}, with each literal replaced by the equal one in {@code interned}
   * (added when new). The actions of every account live until the graph is built; sharing equal
   * literals between accounts keeps one test per condition, not one per account, and the old
   * generation of the launcher's collector small (the 100,000-account benchmark ran 15 % slower
   * without it).
   */
  public static List<ScriptAction> of(
      String account, Flow flow, ConcurrentHashMap<Literal, Literal> interned) {
    List<ScriptAction> out = new ArrayList<>();
    for (Command command : flow.responding()) {
      PathSet reaching = flow.entry(command).paths();
      Optional<Segment> segment = flow.segmentOf(command);
      if (!reaching.reachable() || segment.isEmpty()) {
        continue;
      }
      boolean global = segment.get().kind() != Segment.Kind.PERSONAL;
      out.add(action(account, command, segment.get().source().path(), global, reaching, interned));
    }
    return out;
  }

  /** The literals of each path, each conjunction once (paths differ also in their steps). */
  private static List<List<Literal>> distinct(
      PathSet reaching, ConcurrentHashMap<Literal, Literal> interned) {
    Set<List<Literal>> out = new LinkedHashSet<>();
    for (Path path : reaching.paths()) {
      List<Literal> shared = new ArrayList<>(path.literals().size());
      for (Literal literal : path.literals()) {
        // Made here, on the thread of the flow, before other threads read them (TestFacts).
        literal.facts().catches();
        shared.add(interned.computeIfAbsent(literal, l -> l));
      }
      out.add(List.copyOf(shared));
    }
    return List.copyOf(out);
  }

  private static ScriptAction action(
      String account,
      Command command,
      String file,
      boolean global,
      PathSet reaching,
      ConcurrentHashMap<Literal, Literal> interned) {
    List<ScriptAction.Value> targets = new ArrayList<>();
    ScriptAction.Value from = null;
    List<ScriptAction.Value> addresses = new ArrayList<>();
    List<Argument> values = command.arguments().values();
    switch (command.name()) {
      case "redirect" -> {
        Argument.StringValue target = lastPositional(values);
        if (target != null && !target.value().contains("${")) {
          targets.add(new ScriptAction.Value(target.value(), new Location(file, target.span())));
        }
      }
      case "notify" -> {
        for (int i = 0; i < values.size(); i++) {
          if (!afterTagWithArgument(values, i)
              && values.get(i) instanceof Argument.StringValue s
              && s.value().regionMatches(true, 0, "mailto:", 0, 7)
              && !s.value().contains("${")) {
            for (String to : mailto(s.value())) {
              targets.add(new ScriptAction.Value(to, new Location(file, s.span())));
            }
          }
        }
      }
      case "vacation" -> {
        Optional<Argument> fromArg = command.arguments().tagArgument("from");
        if (fromArg.isPresent() && fromArg.get() instanceof Argument.StringValue s) {
          from = new ScriptAction.Value(s.value(), new Location(file, s.span()));
        }
        Optional<Argument> addressesArg = command.arguments().tagArgument("addresses");
        if (addressesArg.isPresent()) {
          for (Argument.StringValue s : Argument.strings(addressesArg.get())) {
            addresses.add(new ScriptAction.Value(s.value(), new Location(file, s.span())));
          }
        }
      }
      default -> {
        // reject, ereject: only where and when
      }
    }
    return new ScriptAction(
        command.name(),
        account,
        global,
        new Location(file, command.span()),
        new Location(file, command.nameSpan()),
        command.arguments().hasTag("copy"),
        targets,
        from,
        addresses,
        distinct(reaching, interned),
        reaching.overflow());
  }

  /** Tags of redirect, notify and vacation that take an argument (RFC 5230, 5435, 6009...). */
  private static final Set<String> TAGS_WITH_ARGUMENT =
      Set.of(
          "from",
          "subject",
          "handle",
          "days",
          "seconds",
          "addresses",
          "importance",
          "options",
          "message",
          "comparator",
          "list",
          "notify",
          "ret",
          "by",
          "fcc",
          "flags",
          "specialuse",
          "mailboxid",
          "bytimeabsolute",
          "bytimerelative",
          "bymode");

  private static boolean afterTagWithArgument(List<Argument> values, int i) {
    return i > 0
        && values.get(i - 1) instanceof Argument.Tag tag
        && TAGS_WITH_ARGUMENT.contains(tag.name());
  }

  private static Argument.@Nullable StringValue lastPositional(List<Argument> values) {
    Argument.StringValue last = null;
    for (int i = 0; i < values.size(); i++) {
      if (!afterTagWithArgument(values, i) && values.get(i) instanceof Argument.StringValue s) {
        last = s;
      }
    }
    return last;
  }

  /** The recipients of a {@code mailto:} URI (RFC 6068), percent-decoded. */
  static List<String> mailto(String uri) {
    String rest = uri.substring(7);
    int query = rest.indexOf('?');
    String to = query < 0 ? rest : rest.substring(0, query);
    List<String> out = new ArrayList<>();
    for (String part : to.split(",", -1)) {
      if (part.isBlank()) {
        continue;
      }
      try {
        out.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        out.add(part);
      }
    }
    return out;
  }
}
