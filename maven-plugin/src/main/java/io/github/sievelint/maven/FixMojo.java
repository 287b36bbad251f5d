package io.github.sievelint.maven;

import io.github.sievelint.lint.Fix;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Applies sievelint's fixes to the project's Sieve scripts, then checks what remains exactly as the
 * {@code check} goal does (same parameters, reports and failure rules): {@code mvn sievelint:fix}.
 * Safe fixes keep each script's meaning for every message; {@code unsafeFixes} adds those that
 * change behaviour the findings argue against (a guard, a {@code :copy}, a clamped period). Each
 * pass is checked by linting again; a fix that would make a file worse is undone and fails the
 * build as a sievelint bug.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = true)
public final class FixMojo extends CheckMojo {

  /** Also applies the unsafe fixes. */
  @Parameter(property = "sievelint.unsafeFixes", defaultValue = "false")
  boolean unsafeFixes;

  @Override
  Fix.@Nullable Applicability fixLevel() {
    return unsafeFixes ? Fix.Applicability.UNSAFE : Fix.Applicability.SAFE;
  }
}
