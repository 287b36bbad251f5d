package io.github.sievelint.report;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Shared set-up of the JDK's streaming XML writer, which does the markup escaping. The writer
 * leaves control characters raw, so every script-derived value goes through {@link #clean} and the
 * finished document through {@link #references}.
 */
final class XmlOutput {

  private XmlOutput() {}

  /** Writes one XML document through {@code body} and appends it to {@code out}. */
  static void write(Appendable out, XmlBody body) throws IOException {
    StringWriter buffer = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the XML report: " + e.getMessage(), e);
    }
    out.append(references(buffer.toString())).append('\n');
  }

  /**
   * {@code xml} with the control characters that XML allows but a terminal acts on (carriage
   * return, DEL, the C1 controls, the bidi and line controls: {@link ControlChars#isControl} but
   * for line feed) written as character references, <code>&amp;#xD;</code> and the like, which a
   * parser reads back as the same character; any character XML forbids that got past {@link #clean}
   * becomes U+FFFD. This is sound on the whole document because the writers write no comments,
   * CDATA or processing instructions, and the only raw line breaks in their markup are line feeds.
   */
  static String references(String xml) {
    int i = 0;
    while (i < xml.length() && !special(xml.charAt(i))) {
      i++;
    }
    if (i == xml.length()) {
      return xml;
    }
    StringBuilder out = new StringBuilder(xml.length() + 16);
    out.append(xml, 0, i);
    xml.codePoints()
        .skip(xml.codePointCount(0, i))
        .forEach(
            c -> {
              if (!allowed(c)) {
                out.appendCodePoint(0xFFFD);
              } else if (c != '\n' && ControlChars.isControl(c)) {
                out.append("&#x")
                    .append(Integer.toHexString(c).toUpperCase(Locale.ROOT))
                    .append(';');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /** Whether {@link #references} changes {@code c} (a lone surrogate counts; pairs are checked). */
  private static boolean special(char c) {
    return (c != '\n' && ControlChars.isControl(c)) || Character.isSurrogate(c) || c > 0xFFFD;
  }

  /** Whether XML 1.0 can hold code point {@code c}. */
  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c >= 0x10000;
  }

  /**
   * Text that XML 1.0 can hold: characters it forbids (most control characters) become U+FFFD,
   * since no escape can represent them.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
    return out.toString();
  }

  /** The body of a document, written with the stream writer. */
  @FunctionalInterface
  interface XmlBody {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }
}
