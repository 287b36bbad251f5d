package io.github.sievelint.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Iterative pre-order traversals of the tree, so that deep nesting never grows the Java stack. */
public final class Walker {

  private Walker() {}

  /** Every command of the script, nested ones included, in source order ({@link Script#all}). */
  public static List<Command> commands(Script script) {
    return script.all();
  }

  /** Every command in {@code roots} and below, in source order. */
  public static List<Command> commands(List<Command> roots) {
    List<Command> out = new ArrayList<>();
    Deque<Command> stack = new ArrayDeque<>();
    pushReversed(stack, roots);
    while (!stack.isEmpty()) {
      Command command = stack.pop();
      out.add(command);
      if (command.block() != null) {
        pushReversed(stack, command.block().commands());
      }
    }
    return out;
  }

  /** Every test of {@code arguments}, nested ones included, in source order. */
  public static List<Test> tests(Arguments arguments) {
    List<Test> roots = arguments.tests();
    boolean flat = true;
    for (int i = 0; i < roots.size(); i++) {
      if (!roots.get(i).arguments().tests().isEmpty()) {
        flat = false;
        break;
      }
    }
    if (flat) {
      // The common case (no test, or tests without nested ones): the list itself is the answer.
      return roots;
    }
    List<Test> out = new ArrayList<>();
    Deque<Test> stack = new ArrayDeque<>();
    pushReversed(stack, arguments.tests());
    while (!stack.isEmpty()) {
      Test test = stack.pop();
      out.add(test);
      pushReversed(stack, test.arguments().tests());
    }
    return out;
  }

  private static <T> void pushReversed(Deque<T> stack, List<T> items) {
    for (int i = items.size() - 1; i >= 0; i--) {
      stack.push(items.get(i));
    }
  }
}
