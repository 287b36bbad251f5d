package io.github.sievelint.parse;

import io.github.sievelint.grammar.SieveParser;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Where ANTLR's error recovery changed a parse tree. Recovery leaves two marks: a rule that caught
 * a recognition error keeps it as its {@code exception} (the rule was cut short, and recovery then
 * skipped tokens to find its feet), and every token it skipped or made up is an {@link ErrorNode}
 * of the rule that was running.
 */
final class Recovery {

  private Recovery() {}

  /**
   * Whether recovery changed what {@code command} itself says: its name, arguments and tests, and
   * the ';'. Even a token it only made up may change them: the ')' it supplies before the ';' of
   * {@code if anyof (a, b fileinto "x";} makes fileinto a test of b. The block is left out, as a
   * command inside it that recovery changed is one of its own, and a block that lost its '}' does
   * not change what its command says.
   */
  static boolean touched(SieveParser.CommandContext command) {
    // Iterative: the tests of one command nest as deep as the parser's nesting limit.
    Deque<ParserRuleContext> open = new ArrayDeque<>();
    open.push(command);
    while (!open.isEmpty()) {
      ParserRuleContext ctx = open.pop();
      if (ctx.exception != null) {
        return true;
      }
      if (ctx.children == null) {
        continue;
      }
      for (ParseTree child : ctx.children) {
        if (child instanceof ErrorNode) {
          return true;
        }
        if (child instanceof ParserRuleContext rule
            && !(child instanceof SieveParser.BlockContext)) {
          open.push(rule);
        }
      }
    }
    return false;
  }
}
