package io.github.sievelint.rules;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.VariableRefs;
import io.github.sievelint.condition.ArgumentShape;
import io.github.sievelint.flow.Flow;
import io.github.sievelint.lint.Category;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleContext;
import io.github.sievelint.lint.RuleInfo;
import io.github.sievelint.lint.RuleOption;
import io.github.sievelint.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Flags a redirect to an address outside the managed domains (option {@code domains}) without
 * {@code :copy} and with no other delivery around it: if the remote side refuses the message, no
 * copy is left. Silent until the managed domains are known.
 */
public final class RedirectExternalWithoutCopy implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
              "redirect-external-without-copy",
              Severity.INFO,
              Category.REDIRECT,
              "A redirect to an external address keeps no local copy",
              RedirectExternalWithoutCopy.class)
          .needingWholeScript()
          .withOptions(
              new RuleOption(
                  "domains",
                  RuleOption.Type.LIST,
                  "none (the rule stays silent)",
                  "the managed domains; subdomains count as managed"));

  private static final Set<String> DELIVERIES = Set.of("keep", "fileinto", "redirect");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext context) {
    List<String> configured = ScriptFlow.listOption(context, INFO.id(), "domains", List.of());
    if (configured.isEmpty()) {
      return;
    }
    List<String> domains = new ArrayList<>();
    for (String domain : configured) {
      domains.add(domain.toLowerCase(Locale.ROOT));
    }
    Flow flow = ScriptFlow.of(context);
    for (Command redirect : ScriptFlow.reachable(context, Set.of("redirect"))) {
      ArgumentShape shape = ArgumentShape.of(redirect.arguments());
      Optional<Argument.StringValue> target = shape.lastString();
      if (shape.has("copy") || target.isEmpty()) {
        continue;
      }
      String address = target.get().value().trim();
      String domain = domain(address);
      if (domain == null || !VariableRefs.refs(address).isEmpty() || local(domain, domains)) {
        continue;
      }
      if (flow.entry(redirect).delivered() || deliveredAfter(flow, redirect)) {
        continue;
      }
      context.report(
          redirect.nameSpan(),
          "redirect to "
              + address
              + " (outside "
              + String.join(", ", domains)
              + ") without :copy keeps nothing here: if the remote side refuses the message, it"
              + " is lost",
          List.of(),
          "add :copy (require \"copy\"), or keep a copy with keep or fileinto");
    }
  }

  /** Whether a keep, fileinto or redirect runs unconditionally after {@code redirect}. */
  private static boolean deliveredAfter(Flow flow, Command redirect) {
    for (Command next : flow.following(redirect)) {
      if (DELIVERIES.contains(next.name())) {
        return true;
      }
      if (next.is("stop") || next.is("return")) {
        return false;
      }
    }
    return false;
  }

  private static @org.jspecify.annotations.Nullable String domain(String address) {
    String a = address;
    int lt = a.lastIndexOf('<');
    if (lt >= 0 && a.endsWith(">")) {
      a = a.substring(lt + 1, a.length() - 1);
    }
    int at = a.lastIndexOf('@');
    return at < 0 ? null : a.substring(at + 1).toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
  }

  private static boolean local(String domain, List<String> domains) {
    return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
  }
}
