package io.github.sievelint.graph;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Walker;
import io.github.sievelint.model.Account;
import io.github.sievelint.model.Includes;
import io.github.sievelint.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The includes of the scripts one account runs, followed depth-first: missing and cyclic includes,
 * and the include limits of {@link Includes}, counted for the account as a whole. Names that no
 * server accepts are the per-file rules' to report, model or not.
 */
final class IncludeCheck {

  private final Includes includes;
  private final Account account;
  private final Analysis.ScriptSource scripts;
  private final Consumer<String> used;
  private final List<IncludeProblem> problems = new ArrayList<>();

  /** The includes the account may still enter. */
  private int budget = Includes.MAX_INLINED;

  /**
   * @param scripts reads the included scripts
   * @param used is told each script an include brings in
   */
  IncludeCheck(
      Includes includes, Account account, Analysis.ScriptSource scripts, Consumer<String> used) {
    this.includes = includes;
    this.account = account;
    this.scripts = scripts;
    this.used = used;
  }

  /** Follows the includes of {@code parsed}, one of the account's scripts, at {@code file}. */
  void check(String file, ParseResult parsed) {
    check(file, parsed, new ArrayList<>(List.of(file)));
  }

  /** Adds a problem found elsewhere in the account's scripts. */
  void add(IncludeProblem problem) {
    problems.add(problem);
  }

  /** What was found, in the order found. */
  List<IncludeProblem> problems() {
    return problems;
  }

  private void check(String file, ParseResult parsed, List<String> stack) {
    for (Command command : Walker.commands(parsed.script())) {
      Includes.Include include = Includes.parse(command).orElse(null);
      if (include == null) {
        continue;
      }
      Location where = new Location(file, include.nameArgument().span());
      Includes.Resolution resolution = includes.resolve(include, account);
      if (resolution instanceof Includes.Resolution.Missing missing) {
        problems.add(
            new IncludeProblem.Missing(
                where, include.name(), include.global(), include.optional(), missing.searched()));
      } else if (resolution instanceof Includes.Resolution.Found found) {
        enter(found.path(), include, where, stack);
      }
    }
  }

  private void enter(String path, Includes.Include include, Location where, List<String> stack) {
    used.accept(path);
    if (stack.contains(path)) {
      if (!include.once()) {
        List<String> chain = new ArrayList<>(stack.subList(stack.indexOf(path), stack.size()));
        chain.add(path);
        problems.add(new IncludeProblem.Cycle(where, chain));
      }
      return;
    }
    ParseResult target = scripts.parse(path);
    if (target == null) {
      return;
    }
    if (stack.size() > Includes.MAX_DEPTH) {
      problems.add(new IncludeProblem.LimitHit(where, include.name(), IncludeProblem.Limit.DEPTH));
      return;
    }
    budget--;
    if (budget < 0) {
      if (budget == -1) {
        problems.add(
            new IncludeProblem.LimitHit(where, include.name(), IncludeProblem.Limit.COUNT));
      }
      return;
    }
    stack.add(path);
    check(path, target, stack);
    stack.remove(stack.size() - 1);
  }
}
