package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.condition.Facet;
import io.github.sievelint.condition.Literal;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.FlowState;
import io.github.sievelint.flow.Messages;
import io.github.sievelint.flow.Path;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flags {@code deleteheader}/{@code addheader} (RFC 5293) that change a header a later guard reads,
 * and {@code deleteheader} of a loop marker before a responding action.
 */
public final class GuardHeaderEdited implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "guard-header-edited",
              Severity.WARNING,
              Category.GUARDS,
              "A header edit defeats a later guard or removes a loop marker before a responding action",
              GuardHeaderEdited.class)
          .needingWholeScript();

  /** Headers by which this or the next system recognises a message that loops. */
  static final Set<String> LOOP_MARKERS =
      Set.of(
          "delivered-to",
          "x-loop",
          "x-sieve-redirected-from",
          "precedence",
          "list-id",
          "list-unsubscribe",
          "list-help",
          "list-post",
          "list-subscribe",
          "list-owner",
          "list-archive");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    IdentityHashMap<Command, Boolean> reported = new IdentityHashMap<>();
    for (Command action : ScriptFlow.reachable(context, ScriptFlow.RESPONDING)) {
      FlowState state = flow.entry(action);
      for (Path path : state.paths().paths()) {
        for (Literal literal : path.literals()) {
          if (!literal.stale() || literal.exclusions().isEmpty()) {
            continue;
          }
          List<String> classes = new ArrayList<>();
          for (Facet facet : literal.exclusions().keySet()) {
            if (!classes.contains(facet.messageClass().name())) {
              classes.add(facet.messageClass().name());
            }
          }
          for (Command edit : literal.staleEdits()) {
            if (reported.put(edit, true) != null) {
              continue;
            }
            context.report(
                edit.nameSpan(),
                edit.name()
                    + " changes a header that the guard `"
                    + Messages.snippet(context.source(), literal.test())
                    + "` on line "
                    + literal.test().span().startLine()
                    + " reads afterwards, so the guard no longer excludes "
                    + Messages.join(classes, "and")
                    + " for the "
                    + action.name()
                    + " on line "
                    + action.nameSpan().startLine(),
                List.of(),
                "test the header before editing it, or edit it after the responding action");
          }
        }
      }
      for (Map.Entry<String, List<Command>> edited : state.edits().entrySet()) {
        if (!LOOP_MARKERS.contains(edited.getKey())) {
          continue;
        }
        for (Command edit : edited.getValue()) {
          if (!edit.is("deleteheader") || reported.put(edit, true) != null) {
            continue;
          }
          context.report(
              edit.nameSpan(),
              "deleteheader removes the loop marker "
                  + edited.getKey()
                  + " before the "
                  + action.name()
                  + " on line "
                  + action.nameSpan().startLine()
                  + ": the systems that see the message next cannot tell it has looped",
              List.of(),
              "keep loop markers; delete them only on paths that do not respond");
        }
      }
    }
  }
}
