package io.github.sievelint.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.condition.Dnf;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.spec.MessageClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths, early exits, segments and verdicts of the flow analysis, on small scripts. */
class FlowAnalyzerTest {

  private static Segment segment(Segment.Kind kind, String name, String text) {
    SourceFile source = SourceFile.of(name, text);
    ParseResult parsed = new ScriptParser().parse(source);
    assertThat(parsed.problems()).isEmpty();
    return new Segment(kind, source, parsed.script());
  }

  private static Command first(Segment segment, String name) {
    return Walker.commands(segment.script()).stream()
        .filter(c -> c.is(name))
        .findFirst()
        .orElseThrow();
  }

  private static GuardEvaluator.ActionVerdict verdict(Flow flow, Segment segment, String action) {
    Command command = first(segment, action);
    return GuardEvaluator.evaluate(command, flow.entry(command), segment.source(), false);
  }

  @Test
  void sequentialRulesWithoutExitsDoNotMultiplyPaths() {
    StringBuilder text = new StringBuilder("require \"fileinto\";\n");
    for (int i = 0; i < 40; i++) {
      text.append("if header :contains \"Subject\" \"")
          .append(i)
          .append("\" { fileinto \"x\"; }\n");
    }
    text.append("keep;\n");
    Segment script = segment(Segment.Kind.PERSONAL, "a.sieve", text.toString());
    Flow flow = FlowAnalyzer.analyze(List.of(script));
    FlowState atKeep = flow.entry(first(script, "keep"));
    assertThat(atKeep.paths().paths()).hasSize(1);
    assertThat(atKeep.paths().paths().get(0).literals()).isEmpty();
  }

  @Test
  void witnessNamesTheLinesOfItsBranches() {
    Segment script =
        segment(
            Segment.Kind.PERSONAL,
            "a.sieve",
            """
            require ["vacation", "fileinto"];
            if exists "List-Id" { fileinto "Lists"; }
            else { vacation :days 7 "away"; }
            """);
    Flow flow = FlowAnalyzer.analyze(List.of(script));
    GuardEvaluator.ActionVerdict verdict = verdict(flow, script, "vacation");
    assertThat(verdict.verdict(MessageClass.LIST).guarded()).isTrue();
    GuardEvaluator.ClassVerdict auto = verdict.verdict(MessageClass.AUTO);
    assertThat(auto.status()).isEqualTo(GuardEvaluator.Status.UNGUARDED);
    Path witness = java.util.Objects.requireNonNull(auto.witness());
    assertThat(witness.steps()).extracting(Step::line).containsExactly(3);
    assertThat(witness.describeSteps("a.sieve"))
        .as("a path within the reported script gives bare lines")
        .isEqualTo("line 3 (else of `if exists \"List-Id\"`)");
    assertThat(verdict.missing(List.of(MessageClass.AUTO, MessageClass.LIST)))
        .containsExactly(MessageClass.AUTO);
  }

  @Test
  void aWitnessThroughABeforeScriptNamesTheScriptOfEveryStep() {
    Segment before =
        segment(
            Segment.Kind.BEFORE,
            "global/before.sieve",
            "if header :contains \"Auto-Submitted\" \"auto\" { discard; stop; }\n");
    Segment personal =
        segment(
            Segment.Kind.PERSONAL,
            "users/alice.sieve",
            """
            require ["vacation", "fileinto"];
            if exists "X-Spam" { fileinto "Junk"; }
            else { vacation :days 7 "away"; }
            """);
    Flow flow = FlowAnalyzer.analyze(List.of(before, personal));
    GuardEvaluator.ClassVerdict list =
        verdict(flow, personal, "vacation").verdict(MessageClass.LIST);
    assertThat(list.status()).isEqualTo(GuardEvaluator.Status.UNGUARDED);
    Path witness = java.util.Objects.requireNonNull(list.witness());
    // A bare "line 3" after the before script's step would read as line 3 of that script.
    assertThat(witness.describeSteps("users/alice.sieve"))
        .isEqualTo(
            "global/before.sieve line 1 (`if header :contains \"Auto-Submitted\" \"auto\"` false)"
                + " and users/alice.sieve line 3 (else of `if exists \"X-Spam\"`)");
  }

  @Test
  void contradictoryPathsAreDropped() {
    Segment script =
        segment(
            Segment.Kind.PERSONAL,
            "a.sieve",
            "if exists \"X\" { if not exists \"X\" { keep; } }\n");
    Flow flow = FlowAnalyzer.analyze(List.of(script));
    FlowState atKeep = flow.entry(first(script, "keep"));
    assertThat(atKeep.reachable()).isFalse();
    assertThat(java.util.Objects.requireNonNull(atKeep.unreachable()).kind())
        .isEqualTo(Unreachable.Kind.CONTRADICTION);
  }

  @Test
  void aGuardInABeforeScriptCoversThePersonalScript() {
    Segment before =
        segment(
            Segment.Kind.BEFORE,
            "before.sieve",
            """
            require "fileinto";
            if anyof (header :contains "Auto-Submitted" "auto", exists "List-Id") {
              fileinto "Automatic"; stop;
            }
            """);
    Segment personal =
        segment(
            Segment.Kind.PERSONAL,
            "alice.sieve",
            "require \"vacation\";\nvacation :days 7 \"away\";\n");
    Flow flow = FlowAnalyzer.analyze(List.of(before, personal));
    GuardEvaluator.ActionVerdict verdict = verdict(flow, personal, "vacation");
    assertThat(verdict.missing(List.of(MessageClass.AUTO, MessageClass.LIST))).isEmpty();
    assertThat(flow.bareStops()).isEmpty();
  }

  @Test
  void aBareStopInABeforeScriptDoesNotEndLaterScripts() {
    // Multiscript: with the implicit keep in effect, the next script still runs (docs/guards.md).
    Segment before =
        segment(
            Segment.Kind.BEFORE,
            "before.sieve",
            """
            if anyof (header :contains "Auto-Submitted" "auto", exists "List-Id") {
              stop;
            }
            """);
    Segment personal =
        segment(
            Segment.Kind.PERSONAL,
            "alice.sieve",
            "require \"vacation\";\nvacation :days 7 \"away\";\n");
    Flow flow = FlowAnalyzer.analyze(List.of(before, personal));
    GuardEvaluator.ActionVerdict verdict = verdict(flow, personal, "vacation");
    assertThat(verdict.missing(List.of(MessageClass.AUTO, MessageClass.LIST)))
        .containsExactly(MessageClass.AUTO, MessageClass.LIST);
    assertThat(flow.bareStops()).hasSize(1);
  }

  @Test
  void expansionPastTheCapIsMarked() {
    StringBuilder condition = new StringBuilder("allof (");
    for (int i = 0; i < 9; i++) {
      condition
          .append(i == 0 ? "" : ", ")
          .append("anyof (exists \"a")
          .append(i)
          .append("\", exists \"b")
          .append(i)
          .append("\")");
    }
    condition.append(")");
    Segment script = segment(Segment.Kind.PERSONAL, "a.sieve", "if " + condition + " { keep; }\n");
    Flow flow = FlowAnalyzer.analyze(List.of(script));
    PathSet paths = flow.entry(first(script, "keep")).paths();
    assertThat(paths.overflow()).isTrue();
    assertThat(paths.paths()).hasSize(Dnf.CAP);
  }

  @Test
  void anIncludedScriptRunsWhereTheIncludeIsAndReturnsThere() {
    Segment personal =
        segment(
            Segment.Kind.PERSONAL,
            "alice.sieve",
            """
            require ["include", "vacation"];
            if anyof (header :contains "Auto-Submitted" "auto", exists "List-Id") {
              stop;
            }
            include :personal "away";
            keep;
            """);
    Segment away =
        segment(
            Segment.Kind.PERSONAL,
            "away.sieve",
            """
            require ["vacation", "include"];
            vacation :days 7 "away";
            return;
            discard;
            """);
    Flow flow =
        FlowAnalyzer.analyze(List.of(personal), (from, include) -> java.util.Optional.of(away));
    GuardEvaluator.ActionVerdict verdict = verdict(flow, away, "vacation");
    assertThat(verdict.missing(List.of(MessageClass.AUTO, MessageClass.LIST))).isEmpty();
    assertThat(flow.reachable(first(away, "discard"))).isFalse();
    assertThat(flow.reachable(first(personal, "keep"))).isTrue();
  }
}
