package io.github.sievelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GitLab Code Quality issues carry the required fields and unique fingerprints. */
class GitlabWriterTest {

  @Test
  void everyIssueHasTheRequiredFieldsAndAUniqueFingerprint() throws Exception {
    JsonNode issues =
        new ObjectMapper()
            .readTree(ReportGoldenTest.render(new GitlabWriter(), SampleReport.input()));
    assertThat(issues.isArray()).isTrue();
    assertThat(issues.size()).isEqualTo(6);
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode issue : issues) {
      assertThat(issue.path("description").isTextual()).isTrue();
      assertThat(issue.path("check_name").asText()).startsWith("sample-");
      assertThat(issue.path("severity").asText()).isIn("info", "minor", "major");
      assertThat(issue.path("location").path("path").asText()).startsWith("users/");
      assertThat(issue.path("location").path("lines").path("begin").asInt()).isPositive();
      fingerprints.add(issue.path("fingerprint").asText());
    }
    assertThat(fingerprints).hasSize(6);
  }
}
