package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** What the report tests check of a rendered report, shared with the fuzz tests. */
public final class ReportChecks {

  private ReportChecks() {}

  private static final Schema SARIF_SCHEMA = loadSarifSchema();

  /** The SARIF 2.1.0 JSON schema kept in the test resources, with format assertions on. */
  private static Schema loadSarifSchema() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in =
        ReportChecks.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema in the test resources").isNotNull();
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations of the SARIF schema in {@code json}. */
  public static List<Error> sarifViolations(String json) {
    return SARIF_SCHEMA.validate(json, InputFormat.JSON);
  }

  /** Fails unless {@code sarif} validates against the SARIF 2.1.0 schema. */
  public static void assertValidSarif(String sarif) {
    assertThat(sarifViolations(sarif)).as("schema violations").isEmpty();
  }

  /** {@code xml} parsed by the JDK's DOM parser, with document type declarations refused. */
  public static Document parseXml(String xml)
      throws IOException, ParserConfigurationException, SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
