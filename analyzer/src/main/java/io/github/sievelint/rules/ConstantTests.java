package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Test;
import io.github.sievelint.spec.SieveLanguage;
import java.util.List;
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
    List<Test> inner = test.arguments().tests();
    return switch (test.name()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      case "not" -> {
        Boolean value = inner.size() == 1 ? constant(inner.get(0)) : null;
        yield value == null ? null : !value;
      }
      case "anyof", "allof" -> junction(test.is("anyof"), inner);
      case "ihave" -> unknownCapability(test) ? Boolean.FALSE : null;
      default -> null;
    };
  }

  private @Nullable Boolean junction(boolean any, List<Test> inner) {
    boolean allDecided = !inner.isEmpty();
    for (Test t : inner) {
      Boolean value = constant(t);
      if (value == null) {
        allDecided = false;
      } else if (value == any) {
        return any;
      }
    }
    return allDecided ? !any : null;
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
