package io.github.sievelint.rules;

import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;

/**
 * Flags a command in a place the language forbids: a late require, elsif or else without if, break
 * or extracttext outside foreverypart, continue outside Stalwart's while, a late global.
 */
public final class MisplacedCommand implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "misplaced-command",
              Severity.ERROR,
              Category.SYNTAX,
              "A command stands where the language does not allow it",
              MisplacedCommand.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Validation.report(context, ValidityProblem.Misplaced.class, MisplacedCommand::message);
  }

  private static Validation.Message message(ValidityProblem.Misplaced problem) {
    String rejects = "; the server rejects the script";
    if (problem instanceof ValidityProblem.LoopTooDeep deep) {
      return Validation.Message.of(
          "foreverypart nested %s levels deep, more than the %s that Pigeonhole allows%s"
              .formatted(deep.depth(), deep.limit(), rejects));
    } else if (problem instanceof ValidityProblem.LateRequire) {
      return new Validation.Message(
          "require must stand at the top of the script, before every other command (RFC 5228"
              + " section 3.2)"
              + rejects,
          "move this require to the top of the script");
    } else if (problem instanceof ValidityProblem.NoIf orphan) {
      return Validation.Message.of(
          "%s does not follow an if or elsif in the same block, so it belongs to no condition%s"
              .formatted(orphan.command(), rejects));
    } else if (problem instanceof ValidityProblem.LateGlobal global) {
      return new Validation.Message(
          ("global declares \"%s\" after this script already set it as a local variable (RFC 6609"
                  + " section 3.4.1)%s")
              .formatted(global.variable(), rejects),
          "move the global declaration before the first set of \"%s\""
              .formatted(global.variable()));
    } else if (problem instanceof ValidityProblem.OutsideLoop outside) {
      return Validation.Message.of(
          "%s stands outside every %s%s".formatted(outside.command(), outside.loop(), rejects));
    }
    ValidityProblem.UnknownLoop loop = (ValidityProblem.UnknownLoop) problem;
    return Validation.Message.of(
        "break :name \"%s\" names no enclosing foreverypart loop%s"
            .formatted(loop.name(), rejects));
  }
}
