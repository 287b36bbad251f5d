package io.github.sievelint.lint;

/** The sections of the rule catalogue (docs/rules), used to group rules in listings and docs. */
public enum Category {
  SYNTAX("Syntax and validity"),
  HYGIENE("Hygiene and logic"),
  VACATION("Vacation"),
  GUARDS("Guards against auto-generated mail"),
  REDIRECT("Redirect, notify, reject"),
  ACCOUNTS("Across scripts and accounts");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
