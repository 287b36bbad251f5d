package io.github.sievelint.condition;

import io.github.sievelint.ast.Test;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Folds {@code not}, {@code anyof} and {@code allof} over tests whose value a caller knows for
 * every message (RFC 5228 sections 5.3, 5.1 and 5.8), the others counting as unknown.
 */
public final class ConstantFold {

  private ConstantFold() {}

  /**
   * The value of {@code test} for every message, or null when it depends on the message; {@code
   * leaf} gives the value of a test that is not a {@code not}, {@code anyof} or {@code allof}.
   */
  public static @Nullable Boolean fold(Test test, Function<Test, @Nullable Boolean> leaf) {
    List<Test> inner = test.arguments().tests();
    if (test.is("not")) {
      Boolean value = inner.size() == 1 ? fold(inner.get(0), leaf) : null;
      return value == null ? null : !value;
    }
    if (!test.is("anyof") && !test.is("allof")) {
      return leaf.apply(test);
    }
    boolean any = test.is("anyof");
    boolean allDecided = !inner.isEmpty();
    for (Test t : inner) {
      Boolean value = fold(t, leaf);
      if (value == null) {
        allDecided = false;
      } else if (value == any) {
        return any;
      }
    }
    return allDecided ? !any : null;
  }
}
