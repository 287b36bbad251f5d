/**
 * One lint run, shared by the command line and the Maven plugin: {@link
 * io.github.sievelint.run.CheckRun} orchestrates it, and each part has a class of its own (the
 * inputs and their text, the early start, the models, the background pool, the per-file results,
 * the repository pass, the baseline, the report files).
 *
 * <p>Shapes kept because measurements asked for them (docs/performance.md): a script is read by the
 * thread that first lints it, with one open and one size query, instead of in a phase of its own;
 * the scripts are found and the models loaded before the configuration is read; files are linted in
 * the background while a model loads; one linter per folder, since hashing settings costs more than
 * a linter. The rest is written plainly.
 */
package io.github.sievelint.run;
