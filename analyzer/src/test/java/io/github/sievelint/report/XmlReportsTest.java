package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The checkstyle and JUnit reports parse as XML and say what they should. */
class XmlReportsTest {

  static Document parse(String xml) throws IOException, ParserConfigurationException, SAXException {
    return ReportChecks.parseXml(xml);
  }

  @Test
  void checkstyleListsEveryFileAndFinding() throws Exception {
    Document doc = parse(ReportGoldenTest.render(new CheckstyleWriter(), SampleReport.input()));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("checkstyle");
    assertThat(root.getAttribute("version")).isEqualTo("4.3");
    NodeList files = root.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(3);
    assertThat(((Element) files.item(1)).getAttribute("name")).isEqualTo("users/b o%b,x.sieve");
    assertThat(((Element) files.item(2)).getElementsByTagName("error").getLength()).isZero();
    NodeList errors = root.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(6);
    Element bob = (Element) ((Element) files.item(1)).getElementsByTagName("error").item(0);
    assertThat(bob.getAttribute("source")).isEqualTo("sievelint.sample-error");
    assertThat(bob.getAttribute("severity")).isEqualTo("error");
    assertThat(bob.getAttribute("line")).isEqualTo("2");
    assertThat(bob.getAttribute("column")).isEqualTo("1");
    assertThat(bob.getAttribute("message")).contains("\"b\" -> a; 100% <bad> & worse");
  }

  @Test
  void junitHasASuitePerFileAndACasePerFinding() throws Exception {
    Document doc = parse(ReportGoldenTest.render(new JunitWriter(), SampleReport.input()));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("7");
    assertThat(root.getAttribute("failures")).isEqualTo("6");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    Element alice = (Element) suites.item(0);
    assertThat(alice.getAttribute("name")).isEqualTo("users/alice.sieve");
    assertThat(alice.getElementsByTagName("testcase").getLength()).isEqualTo(5);
    assertThat(alice.getElementsByTagName("failure").getLength()).isEqualTo(5);
    Element clean = (Element) suites.item(2);
    assertThat(clean.getAttribute("failures")).isEqualTo("0");
    assertThat(clean.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
    Element failure = (Element) ((Element) suites.item(1)).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getTextContent()).contains("<bad> & worse").contains("help: keep a copy");
  }

  @Test
  void controlCharactersBecomeReplacementCharacters() throws Exception {
    Document doc = parse(ReportGoldenTest.render(new JunitWriter(), SampleReport.input()));
    String text = doc.getDocumentElement().getTextContent();
    assertThat(text).doesNotContain("\u0001").contains("\uFFFDcontrol");
  }
}
