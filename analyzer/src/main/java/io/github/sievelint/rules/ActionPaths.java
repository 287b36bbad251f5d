package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which actions can execute in one run of a script: two actions can, unless they sit in different
 * branches of one if/elsif/else chain, or a {@code stop} (or {@code return}) after the first one
 * always ends the run before the second.
 */
final class ActionPaths {

  /** One level of the path to a command: the block and the position in it. */
  record Step(List<Command> block, int index) {
    Command command() {
      return block.get(index);
    }
  }

  /** An action with the path from the top of the script down to it. */
  record Site(Command command, List<Step> path) {
    /** Whether the action sits in a foreverypart loop and so can run once per MIME part. */
    boolean inLoop() {
      return path.stream().anyMatch(s -> s.command().is("foreverypart"));
    }
  }

  private ActionPaths() {}

  /** The commands {@code wanted} selects, in source order, outside {@code if false} blocks. */
  static List<Site> sites(Script script, Predicate<Command> wanted) {
    List<Site> out = new ArrayList<>();
    collect(script.commands(), new ArrayList<>(), wanted, out);
    return out;
  }

  private static void collect(
      List<Command> block, List<Step> prefix, Predicate<Command> wanted, List<Site> out) {
    for (int i = 0; i < block.size(); i++) {
      Command command = block.get(i);
      List<Step> path = new ArrayList<>(prefix);
      path.add(new Step(block, i));
      if (wanted.test(command)) {
        out.add(new Site(command, List.copyOf(path)));
      }
      if (command.block() != null && !disabled(command)) {
        collect(command.block().commands(), path, wanted, out);
      }
    }
  }

  /** Roundcube's {@code if false} disables a rule: nothing in it runs. */
  private static boolean disabled(Command command) {
    if (!command.is("if") && !command.is("elsif")) {
      return false;
    }
    List<Test> tests = command.arguments().tests();
    return tests.size() == 1 && tests.get(0).is("false");
  }

  /** Whether {@code first}, which comes before {@code second} in the source, can run with it. */
  static boolean together(Site first, Site second) {
    List<Step> a = first.path();
    List<Step> b = second.path();
    int k = 0;
    while (k < a.size() && k < b.size() && a.get(k).index() == b.get(k).index()) {
      k++;
    }
    if (k == a.size() || k == b.size()) {
      return true;
    }
    List<Command> shared = a.get(k).block();
    int i = a.get(k).index();
    int j = b.get(k).index();
    if (oneChain(shared, i, j)) {
      return false;
    }
    for (int m = i + 1; m < j; m++) {
      if (ends(shared.get(m))) {
        return false;
      }
    }
    for (int level = k + 1; level < a.size(); level++) {
      Step step = a.get(level);
      for (int m = step.index() + 1; m < step.block().size(); m++) {
        if (ends(step.block().get(m))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether positions {@code i} and {@code j > i} of {@code block} are branches of one chain. */
  private static boolean oneChain(List<Command> block, int i, int j) {
    if (!block.get(i).is("if") && !block.get(i).is("elsif")) {
      return false;
    }
    for (int m = i + 1; m <= j; m++) {
      if (!block.get(m).is("elsif") && !block.get(m).is("else")) {
        return false;
      }
    }
    return true;
  }

  private static boolean ends(Command command) {
    return command.is("stop") || command.is("return");
  }
}
