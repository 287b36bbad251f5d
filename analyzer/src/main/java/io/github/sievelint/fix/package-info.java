/**
 * Applying fixes: choosing the fixes of one pass, applying them, checking the result by linting
 * again, and undoing a file whose fixes broke it.
 */
@NullMarked
package io.github.sievelint.fix;

import org.jspecify.annotations.NullMarked;
