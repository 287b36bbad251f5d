package io.github.sievelint.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.source.PathPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a folder walk keeps: the default extensions, Ant-style patterns, skipped folders. */
class ScriptFinderTest {

  @TempDir Path dir;

  @BeforeEach
  void files() throws IOException {
    for (String name :
        List.of(
            "a.sieve",
            "b.siv",
            "notes.txt",
            "users/alice.sieve",
            "users/tests/alice.svtest",
            "legacy/old.sieve",
            "target/copy.sieve",
            "child/c.sieve",
            "child/deep/d.sieve")) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "keep;\n");
    }
  }

  private List<String> find(ScriptFinder.Selection selection) {
    ScriptFinder.Found found = new ScriptFinder().find(dir, List.of(Path.of(".")), selection);
    assertThat(found.errors()).isEmpty();
    return found.files().stream().map(f -> DisplayPaths.of(dir, f)).toList();
  }

  @Test
  void defaultKeepsSieveAndSivOutsideTarget() {
    assertThat(find(ScriptFinder.Selection.DEFAULT))
        .containsExactly(
            "a.sieve",
            "b.siv",
            "child/c.sieve",
            "child/deep/d.sieve",
            "legacy/old.sieve",
            "users/alice.sieve");
  }

  @Test
  void includesReplaceTheDefaultAndExcludesWin() {
    ScriptFinder.Selection selection =
        new ScriptFinder.Selection(
            List.of("**/*.sieve", "**/*.svtest"), List.of("legacy/", "child/**/d.*"), List.of());
    assertThat(find(selection))
        .containsExactly(
            "a.sieve", "child/c.sieve", "users/alice.sieve", "users/tests/alice.svtest");
  }

  @Test
  void skippedFoldersAreNotWalked() {
    ScriptFinder.Selection selection =
        new ScriptFinder.Selection(List.of(), List.of(), List.of(dir.resolve("child")));
    assertThat(find(selection)).doesNotContain("child/c.sieve", "child/deep/d.sieve").hasSize(4);
  }

  @Test
  void antPatterns() {
    assertThat(PathPattern.of("**/*.sieve").matches("a.sieve")).isTrue();
    assertThat(PathPattern.of("**/*.sieve").matches("x/y/a.sieve")).isTrue();
    assertThat(PathPattern.of("*.sieve").matches("x/a.sieve")).isFalse();
    assertThat(PathPattern.of("users/?.sieve").matches("users/a.sieve")).isTrue();
    assertThat(PathPattern.of("users/").matches("users/x/y.sieve")).isTrue();
    assertThat(PathPattern.of("/users/**").matches("users/y.sieve")).isTrue();
    assertThat(PathPattern.of("a+b.sieve").matches("a+b.sieve")).isTrue();
    assertThat(PathPattern.of("a+b.sieve").matches("aab.sieve")).isFalse();
  }
}
