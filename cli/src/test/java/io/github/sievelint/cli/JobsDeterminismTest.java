package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.report.Formats;
import io.github.sievelint.testing.RepositoryGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report comes out in the same bytes for any {@code --jobs} (issue #20): the whole
 * repository, a partial run inside it, and files of every kind of trouble, in every format.
 */
class JobsDeterminismTest {

  private static final List<String> JOBS = List.of("1", "2", "3", "8");

  @TempDir static Path dir;

  @BeforeAll
  static void repository() throws IOException {
    new RepositoryGenerator(400, 6, 7).write(dir.resolve("mail"));
    Path odd = dir.resolve("mail/users/d3");
    Files.writeString(odd.resolve("broken.sieve"), "if true { keep\n", StandardCharsets.UTF_8);
    Files.write(odd.resolve("binary.sieve"), new byte[] {0, 1, 2, (byte) 0xff, 10});
    Files.writeString(
        odd.resolve("latin1.sieve"), "# caf\u00e9\nkeep;\n", StandardCharsets.ISO_8859_1);
  }

  private static Cli.Result run(String... args) {
    return new Cli(dir).run(args);
  }

  @Test
  void everyFormatIsTheSameForAnyJobs() {
    for (String format : Formats.NAMES) {
      Cli.Result first = null;
      for (String jobs : JOBS) {
        Cli.Result result = run("check", "--jobs", jobs, "--format", format, "mail");
        if (first == null) {
          first = result;
          assertThat(result.code()).as(format).isEqualTo(1);
          assertThat(result.out()).as(format).isNotEmpty();
        } else {
          assertThat(result.out()).as(format + " with --jobs " + jobs).isEqualTo(first.out());
          assertThat(result.err()).as(format + " with --jobs " + jobs).isEqualTo(first.err());
          assertThat(result.code()).isEqualTo(first.code());
        }
      }
    }
  }

  @Test
  void aPartialRunIsTheSameForAnyJobs() {
    Cli.Result first = run("check", "--jobs", "1", "mail/users/d3");
    assertThat(first.out()).contains("redirect").contains("binary.sieve");
    for (String jobs : JOBS) {
      assertThat(run("check", "--jobs", jobs, "mail/users/d3").out())
          .as("--jobs " + jobs)
          .isEqualTo(first.out());
    }
  }
}
