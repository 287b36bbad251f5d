package io.github.sievelint.report;

import io.github.sievelint.lint.Diagnostic;
import io.github.sievelint.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Line-free fingerprints: a finding keeps its fingerprint when lines are added above it, so
 * baselines and code-scanning alerts follow it through edits.
 */
public final class Fingerprints {

  private Fingerprints() {}

  /**
   * A hash of the rule, the file, the message with its numbers removed and the source text under
   * the span (white space collapsed).
   */
  public static String of(Diagnostic diagnostic, Optional<SourceText> source) {
    String snippet =
        source
            .map(s -> s.slice(diagnostic.span()))
            .map(t -> t.replaceAll("\\s+", " ").trim())
            .orElse("");
    String message = diagnostic.message().replaceAll("\\d+", "#");
    String key = diagnostic.ruleId() + "\n" + diagnostic.path() + "\n" + message + "\n" + snippet;
    return hash(key);
  }

  /** The first 128 bits of the SHA-256 of {@code key}, in hex. */
  public static String hash(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
