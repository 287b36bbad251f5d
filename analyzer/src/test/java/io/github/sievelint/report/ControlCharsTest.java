package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which characters {@link ControlChars} escapes, how, and where columns land afterwards. */
class ControlCharsTest {

  @Test
  void textWithoutControlsIsReturnedAsItIs() {
    String text = "caf\u00e9 \u2615 \t tab, back\\slash and \\x1b spelt out";
    assertThat(ControlChars.escape(text)).isSameAs(text);
  }

  @Test
  void c0DelAndC1BecomeHexEscapes() {
    assertThat(ControlChars.escape("a\u001b[31mb\u0007c\rd\ne\u0000f\u007fg\u0085h\u009fi"))
        .isEqualTo("a\\x1b[31mb\\x07c\\x0dd\\x0ae\\x00f\\x7fg\\x85h\\x9fi");
  }

  @Test
  void bidiAndLineControlsBecomeBracedEscapes() {
    assertThat(ControlChars.escape("a\u202eb\u2028c\u2029d\u200ee\u200ff\u2066g\u2069h"))
        .isEqualTo("a\\u{202e}b\\u{2028}c\\u{2029}d\\u{200e}e\\u{200f}f\\u{2066}g\\u{2069}h");
  }

  @Test
  void tabsAndBackslashesStay() {
    assertThat(ControlChars.escape("\t\\x1b\u001b")).isEqualTo("\t\\x1b\\x1b");
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x00, 0x0A, 0x0D, 0x1F, 0x7F, 0x80, 0x9F, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E,
        0x2066, 0x2069
      })
  void controls(int c) {
    assertThat(ControlChars.isControl(c)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x09, 0x20, 0x7E, 0xA0, 0xFF, 0x200D, 0x2010, 0x2027, 0x202F, 0x2065, 0x206A, 0xFEFF,
        0x1F600
      })
  void notControls(int c) {
    assertThat(ControlChars.isControl(c)).isFalse();
  }

  @Test
  void columnsMoveByWhatTheEscapesBeforeThemAdd() {
    String raw = "a\u001bb\u202ec";
    String shown = ControlChars.escape(raw);
    assertThat(shown).isEqualTo("a\\x1bb\\u{202e}c");
    for (int i = 0; i < raw.length(); i++) {
      int column = ControlChars.escapedColumn(raw, i);
      assertThat(shown.substring(column)).startsWith(ControlChars.escape(raw.substring(i, i + 1)));
    }
    assertThat(ControlChars.escapedColumn(raw, raw.length())).isEqualTo(shown.length());
    assertThat(ControlChars.escapedColumn(raw, raw.length() + 2)).isEqualTo(shown.length() + 2);
    assertThat(ControlChars.escapedColumn("plain", 3)).isEqualTo(3);
  }
}
