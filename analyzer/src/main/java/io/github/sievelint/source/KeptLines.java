package io.github.sievelint.source;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a linted script that its findings point at, and nothing else: what a run keeps of
 * each file until the reports are written, instead of its whole text (issue #20: at 100,000
 * accounts of 4 KB scripts the texts were most of the live heap). A line or span it does not hold
 * (a finding of the repository pass that points into this file, found later) is read from the whole
 * file again, through the supplier given, on demand.
 */
public final class KeptLines implements SourceText {

  private final String path;

  /** The kept 1-based line numbers, ascending. */
  private final int[] lines;

  /** The offset in the file of each kept line's first character. */
  private final int[] starts;

  /** Each kept line's text with its line break. */
  private final String[] texts;

  private final Supplier<Optional<SourceFile>> whole;
  private boolean reread;
  private @Nullable SourceFile again;

  private KeptLines(
      String path,
      int[] lines,
      int[] starts,
      String[] texts,
      Supplier<Optional<SourceFile>> whole) {
    this.path = path;
    this.lines = lines;
    this.starts = starts;
    this.texts = texts;
    this.whole = whole;
  }

  /**
   * What to keep of {@code source} for findings at {@code spans}: the lines they cover, or {@code
   * source} itself when those lines are most of it. {@code whole} reads the file again for anything
   * else.
   */
  public static SourceText of(
      SourceFile source, Collection<Span> spans, Supplier<Optional<SourceFile>> whole) {
    int count = source.lineCount();
    BitSet wanted = new BitSet(count + 1);
    for (Span span : spans) {
      int first = Math.max(1, span.startLine());
      int last = Math.min(count, Math.max(first, span.endLine()));
      if (first <= count) {
        wanted.set(first, last + 1);
      }
    }
    int kept = wanted.cardinality();
    String text = source.text();
    int[] lines = new int[kept];
    int[] starts = new int[kept];
    String[] texts = new String[kept];
    long chars = 0;
    int k = 0;
    for (int line = wanted.nextSetBit(1); line >= 0; line = wanted.nextSetBit(line + 1)) {
      int start = source.lineStart(line);
      int end = line < count ? source.lineStart(line + 1) : text.length();
      lines[k] = line;
      starts[k] = start;
      texts[k] = text.substring(start, end);
      chars += end - start;
      k++;
    }
    if (chars * 2 > text.length()) {
      // Keeping the lines would save little.
      return source;
    }
    return new KeptLines(source.path(), lines, starts, texts, whole);
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String lineText(int line) {
    int k = Arrays.binarySearch(lines, line);
    if (k < 0) {
      return reread().map(s -> s.lineText(line)).orElse("");
    }
    String text = texts[k];
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(0, end);
  }

  @Override
  public String lineBreak(int line) {
    int k = Arrays.binarySearch(lines, line);
    if (k < 0) {
      return reread().map(s -> s.lineBreak(line)).orElse("\n");
    }
    return SourceFile.breakOf(texts[k]);
  }

  @Override
  public String slice(Span span) {
    int first = Arrays.binarySearch(lines, span.startLine());
    int last = Arrays.binarySearch(lines, span.endLine());
    // The kept lines from first to last must be the file's lines from startLine to endLine.
    if (first < 0
        || last < first
        || last - first != span.endLine() - span.startLine()
        || span.start() < starts[first]) {
      return reread().map(s -> s.slice(span)).orElse("");
    }
    StringBuilder piece = new StringBuilder();
    for (int k = first; k <= last; k++) {
      piece.append(texts[k]);
    }
    int from = span.start() - starts[first];
    int to = Math.min(span.end() - starts[first], piece.length());
    return from > to ? "" : piece.substring(from, to);
  }

  /** How many lines are kept. */
  public int size() {
    return lines.length;
  }

  /** The whole file, read again at most once. */
  private synchronized Optional<SourceFile> reread() {
    if (!reread) {
      again = whole.get().orElse(null);
      reread = true;
    }
    return Optional.ofNullable(again);
  }
}
