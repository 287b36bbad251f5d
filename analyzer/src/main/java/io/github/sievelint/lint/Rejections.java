package io.github.sievelint.lint;

import io.github.sievelint.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text the rules of one script rejected ({@link RuleContext#reject}), and the findings of later
 * rules that it drops.
 *
 * <p>The spans are merged per rejecting rule and searched by halves: a hostile script can hold a
 * hundred thousand unknown commands, each with a finding and a rejected head, and comparing every
 * finding with every span would be quadratic in them.
 */
final class Rejections {

  /** Each rejecting rule's spans, by the rule's id. */
  private final Map<String, List<Span>> spans = new TreeMap<>();

  /** Each rejecting rule's spans merged, made when first asked and dropped when a span is added. */
  private final Map<String, Merged> merged = new TreeMap<>();

  void add(String ruleId, Span text) {
    spans.computeIfAbsent(ruleId, id -> new ArrayList<>()).add(text);
    merged.remove(ruleId);
  }

  /**
   * Whether a rule other than {@code ruleId} has rejected text holding {@code offset} so far: while
   * rules run in catalogue order, the ones before {@code ruleId}.
   */
  boolean rejectedBefore(String ruleId, int offset) {
    for (Map.Entry<String, List<Span>> rule : spans.entrySet()) {
      if (rule.getKey().equals(ruleId)) {
        continue;
      }
      Merged m = merged.computeIfAbsent(rule.getKey(), id -> Merged.of(0, rule.getValue()));
      if (m.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code found} without the findings that start in text that a rule before theirs in {@code
   * registry} rejected; the same list when nothing was rejected.
   */
  List<Diagnostic> filter(List<Diagnostic> found, RuleRegistry registry) {
    if (spans.isEmpty()) {
      return found;
    }
    List<Merged> rejecting = new ArrayList<>();
    for (Map.Entry<String, List<Span>> rule : spans.entrySet()) {
      rejecting.add(Merged.of(registry.position(rule.getKey()), rule.getValue()));
    }
    List<Diagnostic> kept = new ArrayList<>(found.size());
    for (Diagnostic d : found) {
      int position = registry.position(d.ruleId());
      boolean misread = false;
      for (Merged merged : rejecting) {
        if (merged.position() < position && merged.contains(d.span().start())) {
          misread = true;
          break;
        }
      }
      if (!misread) {
        kept.add(d);
      }
    }
    return kept;
  }

  /** One rule's rejected text as sorted, disjoint offset ranges {@code [starts[i], ends[i])}. */
  private static final class Merged {
    private final int position;
    private final int[] starts;
    private final int[] ends;

    private Merged(int position, int[] starts, int[] ends) {
      this.position = position;
      this.starts = starts;
      this.ends = ends;
    }

    static Merged of(int position, List<Span> spans) {
      List<Span> sorted = new ArrayList<>(spans);
      sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
      int[] starts = new int[sorted.size()];
      int[] ends = new int[sorted.size()];
      int n = 0;
      for (Span span : sorted) {
        if (n > 0 && span.start() <= ends[n - 1]) {
          ends[n - 1] = Math.max(ends[n - 1], span.end());
        } else {
          starts[n] = span.start();
          ends[n] = span.end();
          n++;
        }
      }
      return new Merged(position, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    int position() {
      return position;
    }

    boolean contains(int offset) {
      // The last range that starts at or before offset is the only one that can hold it.
      int at = Arrays.binarySearch(starts, offset);
      int index = at >= 0 ? at : -at - 2;
      return index >= 0 && offset < ends[index];
    }
  }
}
