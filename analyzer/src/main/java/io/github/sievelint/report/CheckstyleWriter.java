package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML 4.3, which Jenkins' warnings plugin, Sonar and many review tools read: a {@code
 * file} element per checked file and an {@code error} per finding, with {@code
 * source="sievelint.<rule-id>"}.
 */
public final class CheckstyleWriter implements ReportWriter {

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    Map<String, List<Diagnostic>> byFile = input.byFile();
    XmlOutput.write(out, xml -> body(xml, byFile));
  }

  private static void body(XMLStreamWriter xml, Map<String, List<Diagnostic>> byFile)
      throws XMLStreamException {
    xml.writeStartElement("checkstyle");
    xml.writeAttribute("version", "4.3");
    for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
      xml.writeCharacters("\n  ");
      if (file.getValue().isEmpty()) {
        xml.writeEmptyElement("file");
        xml.writeAttribute("name", XmlOutput.clean(file.getKey()));
        continue;
      }
      xml.writeStartElement("file");
      xml.writeAttribute("name", XmlOutput.clean(file.getKey()));
      for (Diagnostic d : file.getValue()) {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("error");
        xml.writeAttribute("line", Integer.toString(d.span().startLine()));
        xml.writeAttribute("column", Integer.toString(d.span().startColumn()));
        xml.writeAttribute("severity", d.severity().label());
        xml.writeAttribute("message", XmlOutput.clean(d.message()));
        xml.writeAttribute("source", XmlOutput.clean("sievelint." + d.ruleId()));
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
  }
}
