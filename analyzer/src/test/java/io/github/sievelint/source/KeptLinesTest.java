package io.github.sievelint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptLinesTest {

  private static final String TEXT =
      """
      require "fileinto";\r
      # a comment line that makes the file long enough to keep a part of it
      if header :is "x" "y" {
        fileinto "a";
      }
      # another long comment line, so that two kept lines are less than half
      # and a third one, for the same reason, with some more words in it
      keep;""";

  private final SourceFile source = SourceFile.of("a.sieve", TEXT);

  private Span spanOf(String part) {
    int start = TEXT.indexOf(part);
    return source.span(start, start + part.length());
  }

  @Test
  void keptLinesAndSlicesReadAsTheWholeFile() {
    Span test = spanOf("header :is \"x\" \"y\"");
    Span block = spanOf("{\n  fileinto \"a\";\n}");
    Span first = spanOf("require");
    AtomicInteger reads = new AtomicInteger();
    SourceText kept =
        KeptLines.of(
            source,
            List.of(test, block, first),
            () -> {
              reads.incrementAndGet();
              return Optional.of(source);
            });
    assertThat(kept).isInstanceOf(KeptLines.class);
    assertThat(((KeptLines) kept).size()).isEqualTo(4);
    for (Span span : List.of(test, block, first)) {
      assertThat(kept.slice(span)).isEqualTo(source.slice(span));
      assertThat(kept.lineText(span.startLine())).isEqualTo(source.lineText(span.startLine()));
    }
    assertThat(kept.lineText(1)).isEqualTo("require \"fileinto\";");
    assertThat(reads).hasValue(0);
  }

  @Test
  void anythingElseIsReadAgainOnce() {
    AtomicInteger reads = new AtomicInteger();
    SourceText kept =
        KeptLines.of(
            source,
            List.of(spanOf("fileinto \"a\"")),
            () -> {
              reads.incrementAndGet();
              return Optional.of(source);
            });
    Span keep = spanOf("keep");
    assertThat(kept.lineText(8)).isEqualTo("keep;");
    assertThat(kept.slice(keep)).isEqualTo("keep");
    // A span reaching past the kept line needs the file too.
    Span across = spanOf("fileinto \"a\";\n}");
    assertThat(kept.slice(across)).isEqualTo(source.slice(across));
    assertThat(reads).hasValue(1);
  }

  @Test
  void aFileThatCannotBeReadAgainGivesNoText() {
    SourceText kept = KeptLines.of(source, List.of(), Optional::empty);
    assertThat(kept.lineText(8)).isEmpty();
    assertThat(kept.slice(spanOf("keep"))).isEmpty();
  }

  @Test
  void mostOfTheFileIsKeptWhole() {
    SourceFile small = SourceFile.of("b.sieve", "keep;\nstop;");
    Span keep = small.span(0, 4);
    assertThat(KeptLines.of(small, List.of(keep), Optional::empty)).isSameAs(small);
  }
}
