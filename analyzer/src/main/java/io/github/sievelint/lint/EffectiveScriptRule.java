package io.github.sievelint.lint;

/**
 * A per-file rule that reads the flow analysis ({@code io.github.sievelint.flow.Flow}, shared
 * through {@link RuleContext#shared}) and whose verdict depends on the scripts that run around the
 * linted one. Linted alone, a script is its own effective script. When the repository linter knows
 * the accounts (docs/model.md), it runs the rule again on every file of every account's effective
 * script (global {@code before} scripts, the personal script with its includes inlined, global
 * {@code after} scripts) and its findings replace the per-file ones for those files.
 */
public interface EffectiveScriptRule extends Rule {}
