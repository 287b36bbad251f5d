package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Test;
import io.github.sievelint.condition.ConstantFold;
import io.github.sievelint.spec.SieveLanguage;
import org.jspecify.annotations.Nullable;

/** Folds tests whose value is the same for every message, to find blocks that never run. */
final class ConstantTests {

  private final SieveLanguage language;

  ConstantTests(SieveLanguage language) {
    this.language = language;
  }

  /**
   * The value of a test that is the same for every message, as Pigeonhole folds it: true, false,
   * not, anyof, allof, and ihave of an unknown capability (RFC 5463 section 4); null otherwise.
   */
  @Nullable Boolean constant(Test test) {
    return ConstantFold.fold(
        test,
        t ->
            switch (t.name()) {
              case "true" -> Boolean.TRUE;
              case "false" -> Boolean.FALSE;
              case "ihave" -> unknownCapability(t) ? Boolean.FALSE : null;
              default -> null;
            });
  }

  private boolean unknownCapability(Test ihave) {
    for (Argument a : ihave.arguments().values()) {
      for (Argument.StringValue cap : Argument.strings(a)) {
        if (language.capability(cap.value()).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }
}
