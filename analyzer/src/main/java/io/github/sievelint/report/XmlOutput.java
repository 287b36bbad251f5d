package io.github.sievelint.report;

import java.io.IOException;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared set-up of the JDK's streaming XML writer, which does all the escaping. */
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
    out.append(buffer.toString()).append('\n');
  }

  /**
   * Text that XML 1.0 can hold: characters it forbids (most control characters) become U+FFFD,
   * since no escape can represent them.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000;
              out.appendCodePoint(allowed ? c : 0xFFFD);
            });
    return out.toString();
  }

  /** The body of a document, written with the stream writer. */
  @FunctionalInterface
  interface XmlBody {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }
}
