package io.github.sievelint.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The tries of a property whose tries cost more than the default allows inside {@code mvn verify}.
 * The long fuzz run ({@code -Pfuzz}) sets {@code jqwik.tries.default} as a system property; such a
 * property then runs as many times more as that raises the default of junit-platform.properties. An
 * explicit {@code @Property(tries = ...)} wins over both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@AddLifecycleHook(ShortRun.Hook.class)
@interface ShortRun {

  /** The tries in the short run. */
  int value();

  /** Sets the tries of a property annotated with {@link ShortRun}. */
  final class Hook implements AroundPropertyHook {

    /** {@code jqwik.tries.default} in src/test/resources/junit-platform.properties. */
    static final int SHORT_DEFAULT = 400;

    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      if (context.attributes().tries().isEmpty()) {
        context
            .findAnnotation(ShortRun.class)
            .ifPresent(run -> context.attributes().setTries(tries(run.value())));
      }
      return property.execute();
    }

    /** Before jqwik reads the attributes, as {@code @PropertyDefaults} does. */
    @Override
    public int aroundPropertyProximity() {
      return -10;
    }

    static int tries(int shortRun) {
      String raised = System.getProperty("jqwik.tries.default");
      if (raised == null) {
        return shortRun;
      }
      long scaled = (long) shortRun * Integer.parseInt(raised.trim()) / SHORT_DEFAULT;
      return (int) Math.max(shortRun, Math.min(Integer.MAX_VALUE, scaled));
    }
  }
}
