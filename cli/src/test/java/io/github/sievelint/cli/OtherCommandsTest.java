package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code rules}, {@code explain} and {@code completion}. */
class OtherCommandsTest {

  final Cli cli = new Cli(Path.of("").toAbsolutePath());

  @Test
  void rulesInEveryFormat() throws Exception {
    Cli.Result text = cli.run("rules");
    assertThat(text.code()).isZero();
    assertThat(text.out()).containsPattern("vacation-missing-days +info +A vacation action");
    JsonNode json = new ObjectMapper().readTree(cli.run("rules", "--format", "json").out());
    assertThat(json.path("rules").size()).isGreaterThanOrEqualTo(5);
    assertThat(json.path("rules").get(0).path("id").asText()).isEqualTo("syntax-error");
    assertThat(cli.run("rules", "--format", "markdown").out())
        .contains("| `unused-suppression` | info |");
    assertThat(cli.run("rules", "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void explainPrintsThePage() {
    Cli.Result r = cli.run("explain", "vacation-missing-days");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("# vacation-missing-days").contains("## How to fix");
    Cli.Result unknown = cli.run("explain", "no-such-rule");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown rule 'no-such-rule'");
    assertThat(cli.run("explain").code()).as("the id is required").isEqualTo(2);
  }

  @Test
  void completionScriptCoversTheCommands() {
    Cli.Result r = cli.run("completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("complete -F").contains("check").contains("--stdin-filename");
  }
}
