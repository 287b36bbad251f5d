package io.github.sievelint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class FileErrorsTest {

  @Test
  void saysWhatFailedInWordsWithoutJavaNames() {
    assertThat(FileErrors.describe(new AccessDeniedException("/srv/a.sieve")))
        .isEqualTo("permission denied");
    assertThat(FileErrors.describe(new NoSuchFileException("/proc/nope.txt")))
        .isEqualTo("no such file or folder");
    assertThat(FileErrors.describe(new NotDirectoryException("a"))).isEqualTo("not a folder");
    assertThat(FileErrors.describe(new FileSystemException("a", null, "Is a directory")))
        .isEqualTo("is a directory");
    assertThat(
            FileErrors.describe(
                new UncheckedIOException(new AccessDeniedException("/srv/a.sieve"))))
        .isEqualTo("permission denied");
    assertThat(FileErrors.describe(new IOException())).isEqualTo("input/output error");
  }
}
