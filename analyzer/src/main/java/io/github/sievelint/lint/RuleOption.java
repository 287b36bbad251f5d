package io.github.sievelint.lint;

import io.github.sievelint.spec.Names;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One option a rule reads from {@code rules:} or {@code --option}: its name, the type of value it
 * takes, its default as the rule page states it, and what it changes.
 */
public record RuleOption(
    String name, Type type, String defaultValue, String description, List<String> choices) {

  public RuleOption {
    choices = List.copyOf(choices);
  }

  /** An option that takes any value of its type. */
  public RuleOption(String name, Type type, String defaultValue, String description) {
    this(name, type, defaultValue, description, List.of());
  }

  /** The kinds of value an option takes. */
  public enum Type {
    /** A whole number, such as {@code 3600}. */
    INTEGER("a whole number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false"),
    /** A YAML list, or one string with items separated by commas or spaces. */
    LIST("a list of words");

    private final String words;

    Type(String words) {
      this.words = words;
    }

    /** How a message names the type. */
    public String words() {
      return words;
    }
  }

  /**
   * Why {@code value} does not fit this option, as the end of a sentence naming it ("must be a
   * whole number, not 'abc'"); empty when it fits.
   */
  public Optional<String> problem(Object value) {
    boolean fits =
        switch (type) {
          case INTEGER ->
              value instanceof Long
                  || value instanceof Integer
                  || (value instanceof String s && s.trim().matches("[-+]?\\d{1,18}"));
          case BOOLEAN ->
              value instanceof Boolean
                  || (value instanceof String s
                      && List.of("true", "false").contains(s.trim().toLowerCase(Locale.ROOT)));
          case LIST -> value instanceof String || value instanceof List<?>;
        };
    if (fits && type == Type.LIST && !choices.isEmpty()) {
      for (String item : items(value)) {
        if (!choices.contains(item.toUpperCase(Locale.ROOT))) {
          String hint = Names.suggest(item.toUpperCase(Locale.ROOT), choices);
          return Optional.of(
              "names unknown item '"
                  + item
                  + "'"
                  + (hint == null ? "" : " (did you mean '" + hint + "'?)")
                  + "; choose from "
                  + String.join(", ", choices.stream().sorted().toList()));
        }
      }
    }
    if (fits) {
      return Optional.empty();
    }
    String shown = value instanceof List<?> ? "a list" : "'" + value + "'";
    return Optional.of("must be " + type.words() + ", not " + shown);
  }

  private static List<String> items(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(item -> String.valueOf(item).trim()).toList();
    }
    return List.of(String.valueOf(value).trim().split("[,\\s]+"));
  }
}
