package io.github.sievelint.condition;

import org.jspecify.annotations.Nullable;

/**
 * How well a literal excludes a facet: fully, or only partially (with a note saying why, such as a
 * case-sensitive comparator or a key that misses other values).
 */
public record Grade(boolean full, @Nullable String note) {

  public static final Grade FULL = new Grade(true, null);

  public static Grade partial(String note) {
    return new Grade(false, note);
  }

  /** The better of two grades (full wins; among partial ones the first). */
  public static Grade best(@Nullable Grade a, Grade b) {
    if (a == null) {
      return b;
    }
    return !a.full() && b.full() ? b : a;
  }
}
