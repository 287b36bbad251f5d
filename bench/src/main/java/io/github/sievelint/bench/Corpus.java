package io.github.sievelint.bench;

import io.github.sievelint.source.SourceFile;
import io.github.sievelint.testing.RepositoryGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A generated repository on disk and its scripts in memory, shared by the benchmarks. */
final class Corpus {

  /** No repository, until a benchmark's setup has generated one. */
  static final Corpus NONE = new Corpus(Path.of("."), List.of());

  final Path root;
  final List<SourceFile> scripts;

  private Corpus(Path root, List<SourceFile> scripts) {
    this.root = root;
    this.scripts = scripts;
  }

  /** Writes a repository of {@code accounts} accounts (seed 1, 10 cycles) to a temporary folder. */
  static Corpus generate(int accounts) throws IOException {
    Path root = Files.createTempDirectory("sievelint-bench");
    new RepositoryGenerator(accounts, 10, 1).write(root);
    List<SourceFile> scripts;
    try (Stream<Path> files = Files.walk(root)) {
      scripts =
          files
              .filter(p -> p.toString().endsWith(".sieve"))
              .sorted()
              .map(p -> SourceFile.decode(root.relativize(p).toString(), read(p)))
              .toList();
    }
    return new Corpus(root, scripts);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete() throws IOException {
    if (scripts.isEmpty()) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
