package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read test results: one {@code testsuite} per checked file, one failing
 * {@code testcase} per finding, and one passing test case for a clean file, so that the file still
 * shows up as checked.
 */
public final class JunitWriter implements ReportWriter {

  @Override
  public void write(ReportInput input, Appendable out) throws IOException {
    Map<String, List<Diagnostic>> byFile = input.byFile();
    XmlOutput.write(out, xml -> body(xml, byFile, input.diagnostics().size()));
  }

  private static void body(XMLStreamWriter xml, Map<String, List<Diagnostic>> byFile, int failures)
      throws XMLStreamException {
    int tests = 0;
    for (List<Diagnostic> list : byFile.values()) {
      tests += Math.max(1, list.size());
    }
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "sievelint");
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", "0");
    for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
      String path = XmlOutput.clean(file.getKey());
      List<Diagnostic> found = file.getValue();
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", path);
      xml.writeAttribute("tests", Integer.toString(Math.max(1, found.size())));
      xml.writeAttribute("failures", Integer.toString(found.size()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      if (found.isEmpty()) {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("testcase");
        xml.writeAttribute("name", "sievelint");
        xml.writeAttribute("classname", path);
      }
      for (Diagnostic d : found) {
        String rule = XmlOutput.clean(d.ruleId());
        String where = path + ":" + d.span().startLine() + ":" + d.span().startColumn();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", rule + " at " + where);
        xml.writeAttribute("classname", path);
        xml.writeCharacters("\n      ");
        xml.writeStartElement("failure");
        xml.writeAttribute("message", XmlOutput.clean(d.message()));
        xml.writeAttribute("type", d.severity().label());
        xml.writeCharacters(
            XmlOutput.clean(
                d.severity().label()
                    + "["
                    + d.ruleId()
                    + "] "
                    + where
                    + ": "
                    + d.message()
                    + (d.help() == null ? "" : "\nhelp: " + d.help())));
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
  }
}
