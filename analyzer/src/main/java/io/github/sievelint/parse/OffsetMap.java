package io.github.sievelint.parse;

/**
 * Maps ANTLR's code-point indexes to UTF-16 offsets; the identity unless the text holds characters
 * outside the Basic Multilingual Plane.
 */
final class OffsetMap {

  private final int @org.jspecify.annotations.Nullable [] utf16ByCodePoint;
  private final int length;

  OffsetMap(String text) {
    this.length = text.length();
    if (text.codePointCount(0, text.length()) == text.length()) {
      this.utf16ByCodePoint = null;
      return;
    }
    int count = text.codePointCount(0, text.length());
    int[] map = new int[count + 1];
    int offset = 0;
    for (int i = 0; i < count; i++) {
      map[i] = offset;
      offset += Character.charCount(text.codePointAt(offset));
    }
    map[count] = offset;
    this.utf16ByCodePoint = map;
  }

  int toUtf16(int codePointIndex) {
    int[] map = utf16ByCodePoint;
    if (map == null) {
      return Math.max(0, Math.min(codePointIndex, length));
    }
    return map[Math.max(0, Math.min(codePointIndex, map.length - 1))];
  }
}
