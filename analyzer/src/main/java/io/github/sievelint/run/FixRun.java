package io.github.sievelint.run;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.github.sievelint.fix.Fixer;
import io.github.sievelint.lint.Fix;
import io.github.sievelint.report.ControlChars;
import io.github.sievelint.source.FileErrors;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Fixing the files of a run ({@code check --fix}, {@code --diff}, the Maven goal {@code fix}):
 * which files may change, the passes ({@link Fixer}, each checked by a whole run over the changed
 * texts, so a fix sees the mail system as the check does), and writing the result.
 *
 * <p>A file may change only when it is a checked file, or a regular file whose real location lies
 * inside one of the checked folders, so that no link leads a write out of them; and when it is
 * UTF-8 (a byte-order mark is kept), because a fix must not re-encode text it did not touch. Files
 * are written atomically: a temporary file in the same folder, given the file's permissions, then
 * renamed over it.
 */
public final class FixRun {

  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  private final Path base;

  /** The real paths of the checked folders, under which any file may change. */
  private final List<Path> roots;

  /** The real paths of the checked files, which may change themselves. */
  private final Set<Path> files;

  /** What was read of each file a fix would change, by display path. */
  private final Map<String, Original> originals = new HashMap<>();

  /** A file as read: where it really is, and its bytes. */
  private static final class Original {
    private final Path real;
    private final byte[] bytes;

    Original(Path real, byte[] bytes) {
      this.real = real;
      this.bytes = bytes;
    }

    Path real() {
      return real;
    }

    byte[] bytes() {
      return bytes;
    }
  }

  /**
   * Fixes under {@code given} (the checked files and folders, relative to {@code base}); reports
   * name files relative to {@code base}.
   */
  public FixRun(Path base, List<Path> given) {
    this.base = base.toAbsolutePath().normalize();
    List<Path> folders = new ArrayList<>();
    Set<Path> checked = new java.util.HashSet<>();
    for (Path path : given) {
      Path resolved = this.base.resolve(path).normalize();
      try {
        if (Files.isDirectory(resolved)) {
          folders.add(resolved.toRealPath());
        } else if (Files.isRegularFile(resolved) && resolved.getParent() != null) {
          // A checked file changes itself only, and not through a link out of its folder.
          Path real = resolved.toRealPath();
          if (real.startsWith(resolved.getParent().toRealPath())) {
            checked.add(real);
          }
        }
      } catch (IOException | SecurityException e) {
        // A path that cannot be resolved holds nothing to write.
      }
    }
    this.roots = List.copyOf(folders);
    this.files = Set.copyOf(checked);
  }

  /**
   * Fixes up to {@code level} starting from {@code first}; {@code lint} lints with changed texts
   * (absolute paths) in place of the files'. Nothing is written.
   */
  public Fixer.Result<Linted> fix(
      Linted first, Fix.Applicability level, Function<Map<Path, String>, Linted> lint) {
    Fixer<Linted> fixer =
        new Fixer<>(texts -> lint.apply(absolute(texts)), Linted::diagnostics, this::read);
    return fixer.run(first, level);
  }

  /** {@code texts} by absolute path. */
  public Map<Path, String> absolute(Map<String, String> texts) {
    Map<Path, String> out = new LinkedHashMap<>();
    texts.forEach((path, text) -> out.put(base.resolve(path).normalize(), text));
    return out;
  }

  /** The text of the file shown as {@code display}, when a fix may change it. */
  private Optional<String> read(String display) {
    Path file = base.resolve(display).normalize();
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Path real = file.toRealPath();
      if (!files.contains(real) && roots.stream().noneMatch(real::startsWith)) {
        return Optional.empty();
      }
      if (Files.size(real) > SourceFile.MAX_FILE_BYTES) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(real);
      SourceFile source = SourceFile.decode(display, bytes);
      if (!source.encodingProblems().isEmpty()) {
        return Optional.empty();
      }
      originals.put(display, new Original(real, bytes));
      return Optional.of(source.text());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes {@code texts} (by display path) over their files; returns the display paths written.
   *
   * @throws CheckException when a file cannot be written (those written before stay written)
   */
  public List<String> write(Map<String, String> texts) throws CheckException {
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      Original original = originals.get(entry.getKey());
      if (original == null) {
        continue;
      }
      byte[] bytes = encode(original, entry.getValue());
      if (java.util.Arrays.equals(bytes, original.bytes())) {
        continue;
      }
      writeAtomically(entry.getKey(), original.real(), bytes);
      written.add(entry.getKey());
    }
    return written;
  }

  private static byte[] encode(Original original, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!startsWithBom(original.bytes())) {
      return body;
    }
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static void writeAtomically(String display, Path real, byte[] bytes)
      throws CheckException {
    Path folder = real.getParent();
    if (folder == null) {
      throw new CheckException("cannot write " + display + ": it has no folder");
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, "." + real.getFileName(), ".sievelint-fix");
      Files.write(temporary, bytes);
      PosixFileAttributeView posix = Files.getFileAttributeView(real, PosixFileAttributeView.class);
      if (posix != null) {
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        Files.setPosixFilePermissions(temporary, permissions);
      }
      try {
        Files.move(
            temporary, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, real, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | SecurityException e) {
      throw new CheckException("cannot write " + display + ": " + FileErrors.describe(e), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The temporary file is left; the error above says what failed.
        }
      }
    }
  }

  /**
   * A unified diff ({@code --- a/PATH}, {@code +++ b/PATH}, three lines of context) of what {@code
   * texts} change, file by file in path order; empty when nothing changes.
   */
  public String diff(Map<String, String> texts) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> entry : new java.util.TreeMap<>(texts).entrySet()) {
      Original original = originals.get(entry.getKey());
      if (original == null) {
        continue;
      }
      String before = SourceFile.decode(entry.getKey(), original.bytes()).text();
      out.append(diff(entry.getKey(), before, entry.getValue()));
    }
    return out.toString();
  }

  /** The unified diff of one file shown as {@code display}; empty when the texts are the same. */
  public static String diff(String display, String before, String after) {
    List<String> from = lines(before);
    List<String> to = lines(after);
    Patch<String> patch = DiffUtils.diff(from, to);
    if (patch.getDeltas().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String line :
        UnifiedDiffUtils.generateUnifiedDiff("a/" + display, "b/" + display, from, patch, 3)) {
      // A script's control characters must not reach a terminal raw.
      out.append(ControlChars.escape(line)).append('\n');
    }
    return out.toString();
  }

  /** The lines of {@code text}, without their line ends (LF, CRLF or CR). */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
