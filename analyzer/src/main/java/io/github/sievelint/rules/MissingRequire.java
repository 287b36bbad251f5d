package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.lint.Related;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Flags a command, test, tag or argument form whose extension no require names (RFC 5228 section
 * 3.2).
 */
public final class MissingRequire implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "missing-require",
              Severity.ERROR,
              Category.SYNTAX,
              "A command, test, tag or argument form is used without the require of its extension",
              MissingRequire.class)
          .withFix(
              Fix.Applicability.SAFE,
              "The missing capability is added to the script's first `require` (or a new `require`"
                  + " line goes before the first command). Requiring a capability the script uses"
                  + " changes nothing but the server's acceptance of the script. A required"
                  + " capability that needs another (`extracttext` needs `variables`) gets no fix");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /**
   * One finding per missing capability, at its first use: one line added to the require fixes every
   * use, so the later uses are related locations, not findings of their own.
   */
  @Override
  public void check(RuleContext context) {
    Map<List<String>, List<ValidityProblem.Unrequired>> byMissing = new LinkedHashMap<>();
    List<ValidityProblem.Unrequired> all =
        new ArrayList<>(Validation.problems(context, ValidityProblem.Unrequired.class));
    all.sort(Comparator.comparingInt(p -> p.span().start()));
    for (ValidityProblem.Unrequired problem : all) {
      if (context.rejectedBefore(problem.span().start())) {
        // Text another rule already reported as unreadable: this use is not one to point at.
        continue;
      }
      byMissing.computeIfAbsent(missing(problem), k -> new ArrayList<>()).add(problem);
    }
    String path = context.source().path();
    for (List<ValidityProblem.Unrequired> uses : byMissing.values()) {
      ValidityProblem.Unrequired first = uses.get(0);
      Validation.Message message = message(first);
      List<Related> related = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (ValidityProblem.Unrequired other : uses.subList(1, uses.size())) {
        related.add(new Related(path, other.span(), "also needs it"));
        String line = String.valueOf(other.span().startLine());
        if (!lines.contains(line)) {
          lines.add(line);
        }
      }
      String text =
          lines.isEmpty()
              ? message.text()
              : message.text()
                  + " (also needed on line"
                  + (lines.size() == 1 ? " " : "s ")
                  + String.join(", ", lines)
                  + ")";
      List<String> missing = missing(first);
      List<Fix.Edit> edits = RequireEdits.adding(context.source(), context.script(), missing);
      // A capability that needs another (extracttext needs variables) gets no fix: the added
      // name would be unused until the script uses it, and dropping the first may be what was
      // meant.
      @Nullable Fix fix =
          edits.isEmpty() || first instanceof ValidityProblem.CapabilityNeeds
              ? null
              : Fix.safe("require " + quoted(missing), edits);
      context.report(first.span(), text, related, message.help(), fix);
    }
  }

  /** The capabilities a problem needs, in a stable order: the key that groups its uses. */
  private static List<String> missing(ValidityProblem.Unrequired problem) {
    List<String> names = new ArrayList<>();
    if (problem instanceof ValidityProblem.CapabilityNeeds c) {
      names.addAll(c.missing());
    } else if (problem instanceof ValidityProblem.CommandNeeds c) {
      names.addAll(c.missing());
    } else if (problem instanceof ValidityProblem.TagNeeds t) {
      names.add(t.capability());
    } else if (problem instanceof ValidityProblem.ArgumentNeeds a) {
      names.add(a.capability());
    } else if (problem instanceof ValidityProblem.EnvelopePartNeeds e) {
      names.add(e.capability());
    }
    names.sort(null);
    return names;
  }

  private static Validation.Message message(ValidityProblem.Unrequired problem) {
    if (problem instanceof ValidityProblem.CapabilityNeeds capability) {
      return new Validation.Message(
          ("capability \"%s\" cannot be used without %s in the require; the server rejects the"
                  + " script")
              .formatted(capability.capability(), quoted(capability.missing())),
          "add %s to the require".formatted(quoted(capability.missing())));
    }
    String used;
    List<String> missing;
    String fix = "";
    if (problem instanceof ValidityProblem.CommandNeeds command) {
      used = "the " + command.what();
      missing = command.missing();
    } else if (problem instanceof ValidityProblem.TagNeeds tag) {
      used = "tag ':%s' of the %s".formatted(tag.tag(), tag.what());
      missing = List.of(tag.capability());
    } else if (problem instanceof ValidityProblem.ArgumentNeeds argument) {
      used = "the %s argument of the %s".formatted(argument.argument(), argument.what());
      missing = List.of(argument.capability());
      fix = ", or drop the argument";
    } else {
      ValidityProblem.EnvelopePartNeeds part = (ValidityProblem.EnvelopePartNeeds) problem;
      used = "envelope part \"%s\"".formatted(part.part());
      missing = List.of(part.capability());
    }
    return new Validation.Message(
        "%s needs %s in the require; without it the server rejects the script"
            .formatted(used, quoted(missing)),
        "add %s to the require%s".formatted(quoted(missing), fix));
  }

  /** {@code "a"} or {@code "a", "b"}. */
  private static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
  }
}
