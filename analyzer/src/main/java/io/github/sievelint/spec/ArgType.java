package io.github.sievelint.spec;

import io.github.sievelint.ast.Argument;

/** The type of a plain argument (RFC 5228 section 2.6.4 and the usage lines of each extension). */
public enum ArgType {
  /** A single string; a bracketed list is not accepted, not even with one element. */
  STRING("string", "a string"),
  /** A string list; a single string counts as a list of one (RFC 5228 section 2.4.2). */
  STRING_LIST("string-list", "a string list"),
  /** A number, with its K, M or G quantifier applied. */
  NUMBER("number", "a number");

  private final String usage;
  private final String article;

  ArgType(String usage, String article) {
    this.usage = usage;
    this.article = article;
  }

  /** The name used in usage lines, as the RFCs write it: {@code string-list}. */
  public String usage() {
    return usage;
  }

  /** The type with its article, for messages: {@code a string list}. */
  public String withArticle() {
    return article;
  }

  /** Whether {@code argument} is of this type. */
  public boolean accepts(Argument argument) {
    return switch (this) {
      case STRING -> argument instanceof Argument.StringValue;
      case STRING_LIST ->
          argument instanceof Argument.StringValue || argument instanceof Argument.StringList;
      case NUMBER -> argument instanceof Argument.NumberValue;
    };
  }

  /** How an argument that was found is described in messages: {@code a number}, {@code a tag}. */
  public static String describe(Argument argument) {
    if (argument instanceof Argument.Tag tag) {
      return "the tag :" + tag.name();
    }
    if (argument instanceof Argument.NumberValue) {
      return "a number";
    }
    if (argument instanceof Argument.StringList) {
      return "a string list";
    }
    return "a string";
  }
}
