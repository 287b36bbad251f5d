package io.github.sievelint.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The decoded text of one script with its line index, and what went wrong while decoding it.
 *
 * <p>Scripts are UTF-8 (RFC 5228 sections 2.1 and 8.1). Bytes that are not UTF-8 are replaced by
 * U+FFFD so the rest of the file can still be analysed; where they are is recorded. A file that is
 * not text at all (a NUL byte, or mostly bytes no text holds) is {@link #binary()}: it is reported
 * once and not parsed.
 */
public final class SourceFile implements SourceText {

  /**
   * Where decoding found a problem, and what.
   *
   * @param kind what sort of problem
   * @param span the first place it occurs
   * @param message what to tell the user
   * @param offsets for {@link Kind#NOT_UTF8}: where replaced bytes are in the text (at most {@link
   *     #MAX_OFFSETS}), so that a rule can tell comments and strings, which may hold them, from the
   *     rest
   */
  public record EncodingProblem(Kind kind, Span span, String message, List<Integer> offsets) {

    public EncodingProblem {
      offsets = List.copyOf(offsets);
    }

    /** The sorts of encoding problem. */
    public enum Kind {
      /** Bytes that are not UTF-8, read as U+FFFD. */
      NOT_UTF8,
      /** Not text at all: a NUL byte, or mostly bytes no text holds. The file is not parsed. */
      BINARY
    }
  }

  /**
   * Largest script sievelint reads, in bytes: a bigger one is reported without being read whole,
   * and the repository pass leaves it out.
   */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** Most replaced-byte offsets recorded per file. */
  public static final int MAX_OFFSETS = 1000;

  /** How much of a file is sampled to tell text from binary data. */
  static final int SAMPLE = 64 * 1024;

  private final String path;
  private final String text;
  private final int[] lineStarts;
  private final List<EncodingProblem> encodingProblems;

  private SourceFile(String path, String text, List<EncodingProblem> encodingProblems) {
    this(path, text, computeLineStarts(text), encodingProblems);
  }

  private SourceFile(
      String path, String text, int[] lineStarts, List<EncodingProblem> encodingProblems) {
    this.path = path;
    this.text = text;
    this.lineStarts = lineStarts;
    this.encodingProblems = List.copyOf(encodingProblems);
  }

  /** The same text and decoding problems under another path (a repository-relative one). */
  public SourceFile withPath(String newPath) {
    // The line starts are never changed, so the copy shares them.
    return newPath.equals(path)
        ? this
        : new SourceFile(newPath, text, lineStarts, encodingProblems);
  }

  /** A source file from text that is already decoded (tests, standard input already decoded). */
  public static SourceFile of(String path, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    SourceFile probe = new SourceFile(path, body, List.of());
    EncodingProblem binary = binaryProblem(probe, false);
    return binary == null ? probe : new SourceFile(path, body, List.of(binary));
  }

  /** Whether the file is not text, so that it is reported once and not parsed. */
  public boolean binary() {
    for (EncodingProblem problem : encodingProblems) {
      if (problem.kind() == EncodingProblem.Kind.BINARY) {
        return true;
      }
    }
    return false;
  }

  /**
   * The problem of a file that is not text: one with a NUL byte (RFC 5228 section 2.1: never
   * permitted; no text file holds one), or one where more than a quarter of the first {@link
   * #SAMPLE} characters are control characters other than tab, line ends and form feed, or bytes
   * that are not UTF-8 ({@code replaced}: the text holds such bytes as U+FFFD). Random bytes are
   * about three quarters such; a Latin-1 script has a few percent. Null for a text file.
   */
  private static @Nullable EncodingProblem binaryProblem(SourceFile file, boolean replaced) {
    String text = file.text;
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      return new EncodingProblem(
          EncodingProblem.Kind.BINARY,
          file.span(nul, nul + 1),
          "file holds a NUL byte, so it is not a Sieve script (RFC 5228 section 2.1 never permits"
              + " NUL); it is not analysed",
          List.of());
    }
    int sample = Math.min(text.length(), SAMPLE);
    int odd = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
      if (control || (replaced && c == '\uFFFD')) {
        odd++;
      }
    }
    if (sample == 0 || odd * 4L <= sample) {
      return null;
    }
    return new EncodingProblem(
        EncodingProblem.Kind.BINARY,
        file.span(0, 0),
        "file is not text: "
            + (odd * 100L / sample)
            + "% of its first "
            + sample
            + " characters are control characters or bytes that are not UTF-8, so it is not a"
            + " Sieve script; it is not analysed",
        List.of());
  }

  /** Decodes bytes as UTF-8, accepting a byte-order mark and recording invalid bytes and NULs. */
  public static SourceFile decode(String path, byte[] bytes) {
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      offset = 3;
    }
    // Fast path: the JDK's own decoding, which replaces bad bytes with U+FFFD; only text holding a
    // U+FFFD (bad bytes, or a real one) is decoded again strictly to tell the two apart.
    String quick = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return of(path, quick);
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(input);
      return of(path, chars.toString());
    } catch (CharacterCodingException e) {
      String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      SourceFile probe = new SourceFile(path, lenient, List.of());
      EncodingProblem binary = binaryProblem(probe, true);
      if (binary != null) {
        return new SourceFile(path, lenient, probe.lineStarts, List.of(binary));
      }
      List<Integer> offsets = new java.util.ArrayList<>();
      for (int i = lenient.indexOf('\uFFFD');
          i >= 0 && offsets.size() < MAX_OFFSETS;
          i = lenient.indexOf('\uFFFD', i + 1)) {
        offsets.add(i);
      }
      int at = offsets.isEmpty() ? 0 : offsets.get(0);
      EncodingProblem notUtf8 =
          new EncodingProblem(
              EncodingProblem.Kind.NOT_UTF8,
              probe.span(at, Math.min(at + 1, lenient.length())),
              "file is not valid UTF-8; the bytes that are not are read as U+FFFD",
              offsets);
      return new SourceFile(path, lenient, probe.lineStarts, List.of(notUtf8));
    }
  }

  private static int[] computeLineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    starts[0] = 0;
    if (text.indexOf('\r') < 0) {
      // Only LF line ends: String.indexOf is much faster than a loop over the characters.
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
      return Arrays.copyOf(starts, count);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean newline =
          c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (newline) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** The path as shown to users: relative, with '/' separators. */
  @Override
  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public List<EncodingProblem> encodingProblems() {
    return encodingProblems;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line that holds {@code offset}. */
  public int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based column (in UTF-16 code units) of {@code offset}. */
  public int columnOf(int offset) {
    return offset - lineStarts[lineOf(offset) - 1] + 1;
  }

  /** The span between two offsets, with lines and columns filled in. */
  public Span span(int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int startLine = lineOf(s);
    int endLine = e == s ? startLine : lineOf(e);
    return new Span(
        s,
        e,
        startLine,
        s - lineStarts[startLine - 1] + 1,
        endLine,
        e - lineStarts[endLine - 1] + 1);
  }

  /** The offset of the first character of a 1-based line (1 to {@link #lineCount()}). */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The text of a 1-based line, without its line break. */
  @Override
  public String lineText(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  @Override
  public String lineBreak(int line) {
    if (line < 1 || line >= lineStarts.length) {
      return "\n";
    }
    return breakOf(text.substring(lineStarts[line - 1], lineStarts[line]));
  }

  /** The line break {@code lineWithBreak} ends with, {@code "\n"} when none. */
  static String breakOf(String lineWithBreak) {
    if (lineWithBreak.endsWith("\r\n")) {
      return "\r\n";
    }
    return lineWithBreak.endsWith("\r") ? "\r" : "\n";
  }

  /** The source text under a span. */
  @Override
  public String slice(Span span) {
    return text.substring(span.start(), Math.min(span.end(), text.length()));
  }
}
