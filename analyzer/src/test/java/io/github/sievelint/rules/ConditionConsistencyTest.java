package io.github.sievelint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.flow.FlowAnalyzer;
import io.github.sievelint.flow.GuardEvaluator;
import io.github.sievelint.graph.ScriptAction;
import io.github.sievelint.graph.ScriptActions;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.spec.MessageClass;
import io.github.sievelint.spec.ServerProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-script guard rules and the forwarding graph judge an action by one condition model: for
 * every guard fixture and every repository case, the verdict a guard rule gives an action on AUTO
 * mail and the verdict the graph uses for the same action ({@link ScriptAction#guardedAgainstAuto})
 * agree.
 */
class ConditionConsistencyTest {

  private static final Path RULES = Paths.get("src/test/resources/fixtures/rules");

  /** The guard rules, and the actions each judges. */
  private static final Map<String, Set<String>> GUARD_RULES =
      Map.of(
          VacationUnguarded.INFO.id(), Set.of("vacation"),
          NotifyUnguarded.INFO.id(), Set.of("notify"),
          RedirectUnguarded.INFO.id(), Set.of("redirect"),
          RejectUnguarded.INFO.id(), Set.of("reject", "ereject"));

  static Stream<Path> guardFixtures() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(RULES)) {
      for (Path dir : dirs.sorted().toList()) {
        String name = dir.getFileName().toString();
        if (!name.contains("guard") && !name.contains("auto") && !name.contains("reject")) {
          continue;
        }
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.toString().endsWith(".sieve")).sorted().forEach(out::add);
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("guardFixtures")
  void aGuardFixtureGetsOneVerdictPerAction(Path file) throws IOException {
    SourceFile source =
        SourceFile.of(
            file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    ParseResult parsed = new ScriptParser().parse(source);
    Flow flow = FlowAnalyzer.analyze(source, parsed.script());
    List<ScriptAction> actions = ScriptActions.of("user@example.com", flow);
    int judged = 0;
    for (Command command : flow.responding()) {
      if (!flow.reachable(command)) {
        continue;
      }
      ScriptAction action =
          actions.stream()
              .filter(a -> a.name().span().equals(command.nameSpan()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no graph action for " + command));
      boolean perScript =
          GuardEvaluator.evaluate(command, flow.entry(command), source, false)
              .verdict(MessageClass.AUTO)
              .guarded();
      assertThat(action.guardedAgainstAuto())
          .as("%s line %d: the graph's verdict on AUTO", file, command.nameSpan().startLine())
          .isEqualTo(perScript);
      judged++;
    }
    assertThat(judged).as("actions judged in %s", file).isEqualTo(actions.size());
  }

  @Test
  void theGuardFixturesJudgeBothVerdicts() throws IOException {
    // Both answers occur, so the comparison above cannot pass by always saying one thing.
    Set<Boolean> seen = new HashSet<>();
    for (Path file : guardFixtures().toList()) {
      SourceFile source =
          SourceFile.of(
              file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      Flow flow = FlowAnalyzer.analyze(source, new ScriptParser().parse(source).script());
      ScriptActions.of("u@example.com", flow).forEach(a -> seen.add(a.guardedAgainstAuto()));
    }
    assertThat(seen).containsExactlyInAnyOrder(true, false);
  }

  /**
   * In a repository, a guard rule (asked about AUTO only) reports an action exactly where some
   * account runs it unguarded by the graph's verdict.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.sievelint.rules.RepositoryFixtureTest#modelRepositories")
  void aRepositoryGetsOneVerdictPerAction(Path repository) {
    Map<String, Map<String, Object>> options = new HashMap<>();
    GUARD_RULES.keySet().forEach(id -> options.put(id, Map.of("classes", List.of("auto"))));
    LintSettings settings =
        new LintSettings(ServerProfiles.GENERIC, GUARD_RULES.keySet(), Set.of(), Map.of(), options);
    Path root = repository.toAbsolutePath().normalize();
    RepositoryLinter.Result result =
        new RepositoryLinter(BuiltinRules.registry(), settings)
            .lint(repository, p -> root.relativize(p).toString().replace('\\', '/'));
    Set<String> reported = new HashSet<>();
    for (Diagnostic d : result.diagnostics()) {
      if (GUARD_RULES.containsKey(d.ruleId())) {
        reported.add(d.ruleId() + " " + d.path() + ":" + d.span().startLine());
      }
    }
    Set<String> unguarded = new HashSet<>();
    io.github.sievelint.graph.Analysis analysis = result.analysis();
    assertThat(analysis).as("%s has a model", repository).isNotNull();
    for (ScriptAction action : java.util.Objects.requireNonNull(analysis).actions()) {
      if (!action.guardedAgainstAuto()) {
        for (Map.Entry<String, Set<String>> rule : GUARD_RULES.entrySet()) {
          if (rule.getValue().contains(action.kind())) {
            unguarded.add(
                rule.getKey()
                    + " "
                    + action.name().file()
                    + ":"
                    + action.name().span().startLine());
          }
        }
      }
    }
    assertThat(reported).as("%s: guard findings on AUTO", repository).isEqualTo(unguarded);
  }
}
