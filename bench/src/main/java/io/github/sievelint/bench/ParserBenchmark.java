package io.github.sievelint.bench;

import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.lint.LintSettings;
import io.github.sievelint.lint.Linter;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.rules.BuiltinRules;
import io.github.sievelint.source.SourceFile;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per script of parsing alone and of the whole per-file lint (parse plus every rule), over the
 * 1,000 generated scripts of about 1 KB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

  private Corpus corpus = Corpus.NONE;
  private final ScriptParser parser = new ScriptParser();
  private final Linter linter = new Linter(BuiltinRules.registry(), LintSettings.DEFAULTS);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = Corpus.generate(1000);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    corpus.delete();
  }

  /** Parses one script (the benchmark cycles through all of them). */
  @Benchmark
  public void parse(Cursor cursor, Blackhole sink) {
    SourceFile source = cursor.next(corpus.scripts);
    ParseResult parsed = parser.parse(source);
    sink.consume(parsed);
  }

  /** Parses one script and runs every per-file rule on it. */
  @Benchmark
  public void lint(Cursor cursor, Blackhole sink) {
    List<Diagnostic> found = linter.lint(cursor.next(corpus.scripts));
    sink.consume(found);
  }

  /** Which script a thread takes next. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    SourceFile next(List<SourceFile> scripts) {
      SourceFile source = scripts.get(next);
      next = (next + 1) % scripts.size();
      return source;
    }
  }
}
