package io.github.sievelint.run;

import io.github.sievelint.source.FileErrors;
import io.github.sievelint.source.SourceFile;
import io.github.sievelint.source.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What reading a script file gave: its text, or why it cannot be read. */
sealed interface ScriptText {

  /** The decoded text of a script. */
  record Read(SourceFile source) implements ScriptText {}

  /**
   * What is kept of a script once it is linted: the lines its findings point at ({@link
   * io.github.sievelint.source.KeptLines}), or its whole text when that is little more.
   */
  record Kept(SourceText lines) implements ScriptText {}

  /** Why a script cannot be read, as the run's error line says it. */
  record Unreadable(String error) implements ScriptText {}

  /** Reads {@code absolute} (absolute, normalized), reported relative to {@code base}. */
  static ScriptText read(Path base, Path absolute) {
    String display = DisplayPaths.of(base, absolute);
    try {
      byte[] bytes;
      // One open and one size query per file (not a stat, then readAllBytes's own open and size).
      try (SeekableByteChannel channel = Files.newByteChannel(absolute)) {
        long size = channel.size();
        if (size > SourceFile.MAX_FILE_BYTES) {
          return tooLarge(display, size);
        }
        bytes = size == 0 ? null : readFully(channel, (int) size);
      }
      if (bytes == null) {
        // Size unknown (a pipe, a special file): read to the end, bounded like any file.
        bytes = Files.readAllBytes(absolute);
        if (bytes.length > SourceFile.MAX_FILE_BYTES) {
          return tooLarge(display, bytes.length);
        }
      }
      return new Read(SourceFile.decode(display, bytes));
    } catch (IOException | RuntimeException e) {
      return new Unreadable("cannot read " + display + ": " + FileErrors.describe(e));
    }
  }

  private static ScriptText tooLarge(String display, long size) {
    return new Unreadable(
        "skipped " + display + ": " + size + " bytes is more than sievelint reads");
  }

  /** The first {@code size} bytes of {@code channel}, fewer when it ends sooner. */
  private static byte[] readFully(SeekableByteChannel channel, int size) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(size);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // keep reading until the buffer is full or the file ends
    }
    byte[] bytes = buffer.array();
    return buffer.position() == size ? bytes : Arrays.copyOf(bytes, buffer.position());
  }
}
