package io.github.sievelint.rules;

import io.github.sievelint.ast.Command;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.Severity;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Flags a {@code reject} that can run in the same execution as {@code keep}, {@code fileinto} or
 * {@code redirect} (NOT RECOMMENDED, RFC 5429 section 2.4): the sender is told the message was
 * refused while it was delivered.
 */
public final class RejectWithDelivery implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "reject-with-delivery",
              Severity.INFO,
              Category.HYGIENE,
              "A reject can run together with keep, fileinto or redirect",
              RejectWithDelivery.class)
          .needingWholeScript();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    Flow flow = ScriptFlow.of(context);
    IdentityHashMap<Command, Boolean> reported = new IdentityHashMap<>(4);
    for (Flow.RejectDelivery pair : flow.rejectDeliveries()) {
      Command reject = pair.reject();
      if (reported.put(reject, true) != null
          || !flow.segmentOf(reject).map(s -> s.source() == context.source()).orElse(false)) {
        continue;
      }
      Command delivery = pair.delivery();
      context.report(
          reject.nameSpan(),
          reject.name()
              + " can run together with the "
              + delivery.name()
              + " on line "
              + delivery.nameSpan().startLine()
              + ": the sender is told the message was refused while it was delivered (RFC 5429"
              + " section 2.4)",
          List.of(),
          "stop after the reject, or put the reject and the delivery in exclusive branches");
    }
  }
}
