package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.condition.Dnf;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.GuardEvaluator;
import io.github.sievelint.flow.Messages;
import io.github.sievelint.flow.Path;
import io.github.sievelint.flow.PathSet;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleOption;
import io.github.sievelint.lint.Severity;
import io.github.sievelint.spec.MessageClass;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The check the four {@code *-unguarded} rules share: evaluate every reachable action of some kinds
 * against the required classes and report one witness path when a class is not excluded.
 *
 * @param info the rule that reports
 * @param actions the command names checked
 * @param verb what the action does to a message ("answer", "forward"...)
 * @param required the classes that must be excluded unless the {@code classes} option says others
 * @param advice classes named as advice when the finding fires anyway
 * @param suppressible whether the profile's runtime vacation suppression lowers the severity
 */
record UnguardedCheck(
    RuleInfo info,
    Set<String> actions,
    String verb,
    Set<MessageClass> required,
    Set<MessageClass> advice,
    boolean suppressible) {

  /** The {@code strict} option every unguarded rule reads. */
  static final RuleOption STRICT =
      new RuleOption(
          "strict",
          RuleOption.Type.BOOLEAN,
          "false",
          "true: LIST needs every List-* header of RFC 2369 and RFC 2919 excluded");

  /** The {@code classes} option, whose default differs per rule. */
  static RuleOption classes(String defaults) {
    List<String> names = new ArrayList<>();
    for (MessageClass c : MessageClass.values()) {
      names.add(c.name());
    }
    return new RuleOption(
        "classes",
        RuleOption.Type.LIST,
        defaults,
        "the message classes a guard must exclude",
        names);
  }

  void run(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    Set<MessageClass> wanted = requiredClasses(context);
    boolean strict = ScriptFlow.booleanOption(context, info.id(), "strict", false);
    for (Command action : ScriptFlow.reachable(context, actions)) {
      GuardEvaluator.ActionVerdict verdict =
          GuardEvaluator.evaluate(
              action, flow.entry(action), t -> flow.sourceOf(t, context.source()), strict);
      List<MessageClass> missing = verdict.missing(wanted);
      if (missing.isEmpty()) {
        continue;
      }
      report(context, flow, action, verdict, missing, strict);
    }
  }

  private Set<MessageClass> requiredClasses(RuleContext context) {
    List<String> names = ScriptFlow.listOption(context, info.id(), "classes", List.of());
    if (names.isEmpty()) {
      return required;
    }
    Set<MessageClass> out = EnumSet.noneOf(MessageClass.class);
    for (String name : names) {
      try {
        out.add(MessageClass.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        // An unknown class name is ignored; config validation reports it.
      }
    }
    return out.isEmpty() ? required : out;
  }

  private void report(
      RuleContext context,
      Flow flow,
      Command action,
      GuardEvaluator.ActionVerdict verdict,
      List<MessageClass> missing,
      boolean strict) {
    String name = action.name();
    PathSet paths = verdict.paths();
    StringBuilder message = new StringBuilder();
    Path witness = witness(verdict, missing);
    if (witness == null) {
      message
          .append(name)
          .append(" counts as unguarded against ")
          .append(described(missing))
          .append(": the conditions before it expand to more than ")
          .append(Dnf.CAP)
          .append(" paths, more than sievelint follows");
    } else {
      List<MessageClass> onWitness = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (MessageClass c : missing) {
        GuardEvaluator.ClassVerdict v = verdict.verdict(c);
        if (v.witness() != null && v.witness().equals(witness)) {
          onWitness.add(c);
          for (String note : v.notes()) {
            if (!notes.contains(note)) {
              notes.add(note);
            }
          }
        }
      }
      message
          .append(name)
          .append(" can ")
          .append(verb)
          .append(' ')
          .append(described(missing))
          .append(": ");
      String steps = witness.describeSteps(context.source().path());
      if (steps.isEmpty()) {
        message.append("it runs for every message, and nothing before it excludes ");
      } else {
        message.append("the path through ").append(steps).append(' ');
        message.append(onWitness.size() == 1 ? "does not exclude " : "excludes none of ");
      }
      message.append(
          onWitness.equals(missing)
              ? (missing.size() == 1 ? "it" : "them")
              : nouns(onWitness, steps.isEmpty() ? "or" : "and"));
      for (String note : notes) {
        message.append("; ").append(note);
      }
      List<MessageClass> undecided = new ArrayList<>();
      for (MessageClass c : missing) {
        if (verdict.verdict(c).witness() == null) {
          undecided.add(c);
        }
      }
      if (!undecided.isEmpty()) {
        message
            .append("; ")
            .append(nouns(undecided, "and"))
            .append(undecided.size() == 1 ? " counts" : " count")
            .append(" as not excluded: the conditions expand to more than ")
            .append(Dnf.CAP)
            .append(" paths, more than sievelint follows");
      } else if (paths.overflow()) {
        message
            .append("; its conditions expand to more than ")
            .append(Dnf.CAP)
            .append(" paths, and this is one of them");
      }
    }
    Set<MessageClass> suppressed =
        suppressible ? context.settings().server().vacationSuppression() : Set.of();
    advise(message, verdict, missing, suppressed);
    if (!strict && required.contains(MessageClass.LIST) && !missing.contains(MessageClass.LIST)) {
      String other = GuardEvaluator.listAdvice(paths, t -> flow.sourceOf(t, context.source()));
      if (other != null) {
        message.append("; test ").append(other).append(" too");
      }
    }
    Severity severity = context.settings().severityOf(info);
    if (suppressible && suppressed.containsAll(missing)) {
      severity = Severity.INFO;
      message
          .append("; the ")
          .append(context.settings().serverLabel("server"))
          .append(" suppresses these replies at run time");
    }
    context.report(
        severity,
        action.nameSpan(),
        message.toString(),
        help(missing, ScriptFlow.requires(context, "envelope"), wrapped(context, flow, action)));
  }

  /**
   * The advice classes the action is not guarded against either: a class a path excludes only in
   * part says which part is missing (a Precedence test without {@code junk}), one nothing excludes
   * is named. Classes the server never answers ({@code suppressed}) need no advice.
   */
  private void advise(
      StringBuilder message,
      GuardEvaluator.ActionVerdict verdict,
      List<MessageClass> missing,
      Set<MessageClass> suppressed) {
    List<MessageClass> open = new ArrayList<>();
    for (MessageClass c : advice) {
      GuardEvaluator.ClassVerdict v = verdict.verdict(c);
      if (missing.contains(c) || v.guarded() || suppressed.contains(c)) {
        continue;
      }
      if (v.status() == GuardEvaluator.Status.PARTIAL && !v.notes().isEmpty()) {
        message.append("; ").append(String.join("; ", v.notes()));
      } else {
        open.add(c);
      }
    }
    if (!open.isEmpty()) {
      message.append("; consider excluding ").append(nouns(open, "and")).append(" too");
    }
  }

  private static @Nullable Path witness(
      GuardEvaluator.ActionVerdict verdict, List<MessageClass> missing) {
    // The path that misses the most classes; ties go to the first class's witness.
    Path best = null;
    int bestCount = -1;
    for (MessageClass c : missing) {
      Path candidate = verdict.verdict(c).witness();
      if (candidate == null) {
        continue;
      }
      int count = 0;
      for (MessageClass other : missing) {
        if (candidate.equals(verdict.verdict(other).witness())) {
          count++;
        }
      }
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  private static String nouns(List<MessageClass> classes, String word) {
    return Messages.join(classes.stream().map(MessageClass::noun).toList(), word);
  }

  private static String described(List<MessageClass> classes) {
    return Messages.join(classes.stream().map(MessageClass::described).toList(), "and");
  }

  /**
   * The action wrapped in a guard, when an early exit would change what the script does: commands
   * that run after the action would no longer run for automatic mail. Null when nothing but {@code
   * stop} follows, so the early exit is the simpler fix.
   */
  private static @Nullable String wrapped(RuleContext context, Flow flow, Command action) {
    boolean later = false;
    for (Command next : flow.following(action)) {
      if (!next.is("stop")) {
        later = true;
        break;
      }
    }
    if (!later) {
      return null;
    }
    String text = context.source().slice(action.span());
    return text.length() <= 120 && text.indexOf('\n') < 0 ? text : "...";
  }

  /**
   * A fix that is right when pasted as it stands: an early exit that catches the missing classes,
   * or, when other commands follow the action, the action wrapped in the negated test; plus the
   * {@code envelope} capability the tests need when the script lacks it.
   */
  private static String help(
      List<MessageClass> missing, boolean hasEnvelope, @Nullable String wrapped) {
    List<String> tests = new ArrayList<>();
    boolean envelope = false;
    for (MessageClass c : missing) {
      envelope |= c == MessageClass.NULLSENDER || c == MessageClass.SYSTEM;
      if (c == MessageClass.LIST) {
        tests.add("exists \"List-Id\"");
      }
      tests.add(
          switch (c) {
            case AUTO -> "header :contains \"Auto-Submitted\" \"auto\"";
            case LIST -> "exists \"List-Unsubscribe\"";
            case BULK -> "header :is \"Precedence\" [\"bulk\", \"list\", \"junk\"]";
            case NULLSENDER -> "envelope :is \"from\" \"\"";
            case SYSTEM ->
                "envelope :localpart :matches \"from\" [\"mailer-daemon\", \"listserv\","
                    + " \"majordomo\", \"owner-*\", \"*-request\"]";
          });
    }
    String test = tests.size() == 1 ? tests.get(0) : "anyof (" + String.join(", ", tests) + ")";
    String fix;
    if (wrapped == null) {
      fix = "exit early before it: if " + test + " { stop; }";
    } else if (wrapped.equals("...")) {
      fix =
          "move it into a guard, so the commands after it still run for that mail: if not "
              + test
              + " { ... }, with the command in place of the dots";
    } else {
      fix =
          "guard it, so the commands after it still run for that mail: if not "
              + test
              + " { "
              + wrapped
              + " }";
    }
    if (envelope && !hasEnvelope) {
      return "add \"envelope\" to the require at the top, and " + fix;
    }
    return fix;
  }
}
