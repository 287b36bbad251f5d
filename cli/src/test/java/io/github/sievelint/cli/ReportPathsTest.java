package io.github.sievelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report names a file one way: the finding's location and its message agree (#19, obs. 6). */
class ReportPathsTest {

  private static void write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aCycleNamesItsStepsAsTheLocationDoes(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve(".git"));
    write(
        tmp,
        "mail/sievelint.yaml",
        """
        version: 1
        domains: [example.com]
        accounts:
          a@example.com: {script: users/a.sieve}
          b@example.com: {script: users/b.sieve}
        """);
    write(tmp, "mail/users/a.sieve", "redirect \"b@example.com\";\n");
    write(tmp, "mail/users/b.sieve", "redirect \"a@example.com\";\n");
    Cli.Result r =
        new Cli(tmp).run("check", "mail", "--format", "concise", "--select", "redirect-cycle");
    String cycle =
        r.out().lines().filter(l -> l.contains("[redirect-cycle]")).findFirst().orElse("");
    assertThat(cycle).as(r.toString()).startsWith("mail/users/");
    assertThat(cycle)
        .contains("(mail/users/a.sieve:1 redirect)")
        .contains("(mail/users/b.sieve:1 redirect)")
        .doesNotContain("(users/");
  }
}
