package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.Script;
import io.github.sievelint.ast.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Which actions can execute in one run of a script: two actions can, unless they sit in different
 * branches of one if/elsif/else chain (the first in an if or elsif branch, the second in a later
 * elsif or else of the same chain), or a {@code stop} (or {@code return}) after the first one, in
 * its block or a block around it inside the block the two share, always ends the run before the
 * second.
 */
final class ActionPaths {

  /**
   * A selected command and the earliest command before it, of the class its rule pairs it with,
   * that can run in the same run; {@code earlier} is null when there is none. {@code inLoop}: the
   * command sits in a foreverypart loop and so can run once per MIME part.
   */
  record Pair(Command later, @Nullable Command earlier, boolean inLoop) {}

  private ActionPaths() {}

  /**
   * For every command {@code classOf} selects (a class from 0 to {@code classes - 1}; -1 for the
   * others), in source order outside {@code if false} blocks: the earliest selected command of
   * class {@code partner} of its class before it that can run in the same run.
   *
   * <p>One walk over the tree, keeping per block the earliest command of each class that can still
   * run with what comes next, instead of comparing every pair of commands (a generated script of
   * thousands of elsif branches, each with a vacation, would otherwise take minutes).
   */
  static List<Pair> pairs(
      Script script, ToIntFunction<Command> classOf, IntUnaryOperator partner, int classes) {
    List<Pair> out = new ArrayList<>();
    new Walk(classOf, partner, classes, out).block(script.commands(), new Command[classes], false);
    return out;
  }

  /** The walk of {@link #pairs}; recursive over blocks, whose depth the parser bounds. */
  private static final class Walk {
    private final ToIntFunction<Command> classOf;
    private final IntUnaryOperator partner;
    private final int classes;
    private final List<Pair> out;

    Walk(ToIntFunction<Command> classOf, IntUnaryOperator partner, int classes, List<Pair> out) {
      this.classOf = classOf;
      this.partner = partner;
      this.classes = classes;
      this.out = out;
    }

    /**
     * Walks {@code block}, whose commands can run with the commands of {@code before} (by class;
     * from outer blocks), and returns the earliest commands of each class in it that a later
     * command outside it can still run with.
     */
    Command[] block(List<Command> block, Command[] before, boolean inLoop) {
      // Earlier commands of this block that a later one can run with, and those in earlier
      // branches of the if/elsif chain under way, which a later branch of it cannot.
      Command[] open = new Command[classes];
      Command[] chain = new Command[classes];
      for (Command command : block) {
        if (!command.is("elsif") && !command.is("else")) {
          merge(open, chain);
          java.util.Arrays.fill(chain, null);
        }
        Command[] available = earliest(before, open);
        Command[] made = new Command[classes];
        int kind = classOf.applyAsInt(command);
        if (kind >= 0) {
          out.add(new Pair(command, available[partner.applyAsInt(kind)], inLoop));
          made[kind] = command;
        }
        if (command.block() != null && !disabled(command)) {
          merge(
              made,
              block(command.block().commands(), available, inLoop || command.is("foreverypart")));
        }
        merge(command.is("if") || command.is("elsif") ? chain : open, made);
        if (ends(command)) {
          // Nothing before it in this block runs with what follows.
          java.util.Arrays.fill(open, null);
          java.util.Arrays.fill(chain, null);
        }
      }
      merge(open, chain);
      return open;
    }

    private Command[] earliest(Command[] a, Command[] b) {
      Command[] out = a.clone();
      merge(out, b);
      return out;
    }

    /** Keeps in {@code into} the earlier of its command and {@code from}'s, class by class. */
    private static void merge(@Nullable Command[] into, @Nullable Command[] from) {
      for (int i = 0; i < into.length; i++) {
        Command other = from[i];
        Command mine = into[i];
        if (other != null && (mine == null || other.span().start() < mine.span().start())) {
          into[i] = other;
        }
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

  private static boolean ends(Command command) {
    return command.is("stop") || command.is("return");
  }
}
