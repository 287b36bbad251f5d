package io.github.sievelint.model;

import io.github.sievelint.source.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads MTA alias tables into the model: Postfix virtual(5) ({@code pattern target, target}, where
 * {@code @domain} is a catch-all) and aliases(5) ({@code name: target, target}). Continuation lines
 * start with white space; {@code #} starts a comment line.
 */
final class AliasFiles {

  /** The formats the manifest's {@code aliasFiles} may name. */
  static final List<String> FORMATS = List.of("postfix-virtual", "aliases");

  private AliasFiles() {}

  /** One logical entry: the joined text and the 1-based line and offset it starts at. */
  private record Entry(String text, int line, int offset) {}

  static void read(ModelBuilder model, String relative, String format, Location declared) {
    Optional<Path> file = model.paths.inside(relative);
    if (file.isEmpty()) {
      model.problem(declared, "alias file " + relative + " lies outside the repository");
      return;
    }
    if (!Files.isRegularFile(file.get())) {
      model.problem(declared, "alias file " + relative + " does not exist");
      return;
    }
    String text;
    try {
      text = new String(Files.readAllBytes(file.get()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      model.problem(declared, "cannot read alias file " + relative + ": " + FileErrors.describe(e));
      return;
    }
    for (Entry entry : entries(text)) {
      Location where = Location.at(relative, entry.offset, entry.line, 1, firstLineLength(entry));
      if (format.equals("aliases")) {
        aliasesEntry(model, entry.text, where);
      } else {
        virtualEntry(model, entry.text, where);
      }
    }
  }

  private static int firstLineLength(Entry entry) {
    int newline = entry.text.indexOf('\n');
    return newline < 0 ? entry.text.length() : newline;
  }

  private static List<Entry> entries(String text) {
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    int offset = 0;
    StringBuilder current = null;
    int startLine = 0;
    int startOffset = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean comment = line.stripLeading().startsWith("#");
      boolean blank = line.isBlank();
      boolean continuation = !blank && !comment && Character.isWhitespace(line.charAt(0));
      if (continuation && current != null) {
        current.append('\n').append(line.strip());
      } else {
        if (current != null) {
          out.add(new Entry(current.toString(), startLine, startOffset));
          current = null;
        }
        if (!blank && !comment) {
          current = new StringBuilder(line.strip());
          startLine = i + 1;
          startOffset = offset;
        }
      }
      offset += line.length() + 1;
    }
    if (current != null) {
      out.add(new Entry(current.toString(), startLine, startOffset));
    }
    return out;
  }

  private static List<String> targets(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("[,\\s]+", -1)) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static void virtualEntry(ModelBuilder model, String text, Location where) {
    String[] split = text.split("\\s+", 2);
    String pattern = split[0];
    List<String> targets = split.length < 2 ? List.of() : targets(split[1]);
    if (targets.isEmpty()) {
      model.problem(where, "virtual(5) entry '" + pattern + "' has no target");
      return;
    }
    if (pattern.startsWith("@")) {
      Optional<String> domain = Address.domain(pattern.substring(1));
      if (domain.isEmpty()) {
        model.problem(where, "'" + pattern + "' is not a valid catch-all pattern");
        return;
      }
      model.catchAll.put(domain.get(), new AliasTarget(normal(model, targets.get(0)), where));
      model.declaredDomains.add(domain.get());
      return;
    }
    if (pattern.indexOf('@') < 0) {
      // "example.com anything": a virtual alias domain declaration (virtual(5)).
      Address.domain(pattern).ifPresent(model.declaredDomains::add);
      return;
    }
    Optional<Address> key = model.address(pattern);
    if (key.isEmpty()) {
      model.problem(where, "'" + pattern + "' is not a valid address");
      return;
    }
    for (String target : targets) {
      model.alias(key.get().full(), target, where);
    }
  }

  private static void aliasesEntry(ModelBuilder model, String text, Location where) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      model.problem(where, "aliases(5) entry has no 'name:' before its targets");
      return;
    }
    String name = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    List<String> targets = targets(text.substring(colon + 1));
    if (targets.isEmpty()) {
      model.problem(where, "aliases(5) entry '" + name + "' has no target");
      return;
    }
    Set<String> domains = new LinkedHashSet<>(model.declaredDomains);
    for (String account : model.accounts.keySet()) {
      domains.add(account.substring(account.lastIndexOf('@') + 1));
    }
    if (domains.isEmpty()) {
      model.problem(where, "aliases(5) names need a domain: list the managed domains first");
      return;
    }
    for (String domain : domains) {
      for (String target : targets) {
        String qualified =
            target.indexOf('@') < 0
                    && !target.startsWith("|")
                    && !target.startsWith("/")
                    && !target.startsWith(":")
                ? target + "@" + domain
                : target;
        model.alias(name + "@" + domain, qualified, where);
      }
    }
  }

  private static String normal(ModelBuilder model, String target) {
    return model.address(target).map(Address::full).orElse(target);
  }
}
