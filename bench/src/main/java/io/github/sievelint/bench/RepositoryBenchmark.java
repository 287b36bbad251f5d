package io.github.sievelint.bench;

import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.RepositoryLinter;
import io.github.sievelint.rules.BuiltinRules;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of the cross-account analysis of a whole generated repository: model loading, every
 * account's effective script read, parsed and walked, the forwarding graph and its rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RepositoryBenchmark {

  @Param({"1000", "10000"})
  public int accounts;

  private Corpus corpus = Corpus.NONE;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = Corpus.generate(accounts);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    corpus.delete();
  }

  @Benchmark
  public RepositoryLinter.Result repository() {
    return new RepositoryLinter(BuiltinRules.registry(), LintSettings.DEFAULTS)
        .lint(corpus.root, p -> corpus.root.relativize(p).toString());
  }
}
