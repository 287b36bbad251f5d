package io.github.sievelint.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sievelint.ast.Argument;
import io.github.sievelint.ast.Command;
import io.github.sievelint.ast.ParseResult;
import io.github.sievelint.ast.Test;
import io.github.sievelint.parse.ScriptParser;
import io.github.sievelint.source.SourceFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The language table: assembled without dangling names, usage lines, bindings and profiles. */
class SieveLanguageTest {

  private final SieveLanguage language = SieveLanguage.standard();

  @org.junit.jupiter.api.Test
  void everyCommandAndTestOfTheCoreIsThere() {
    for (String name : List.of("require", "if", "elsif", "else", "stop", "keep", "discard")) {
      assertThat(language.isCommand(name)).as(name).isTrue();
    }
    for (String name : List.of("address", "allof", "anyof", "exists", "header", "not", "size")) {
      assertThat(language.isTest(name)).as(name).isTrue();
    }
  }

  @org.junit.jupiter.api.Test
  void usageLinesLookLikeTheRfcs() {
    CommandSpec fileinto = language.commands("fileinto").get(0);
    assertThat(fileinto.usage())
        .isEqualTo(
            "fileinto [:copy] [:flags <list-of-flags: string-list>] [:create]"
                + " [:specialuse <special-use-flag: string>] [:mailboxid <mailboxid: string>]"
                + " <mailbox: string>");
    TestSpec header = language.tests("header").get(0);
    assertThat(header.usage()).startsWith("header [COMPARATOR] [MATCH-TYPE]");
    assertThat(header.usage()).endsWith("<header-names: string-list> <key-list: string-list>");
  }

  @org.junit.jupiter.api.Test
  void sameNamedCommandsAreChosenByCapability() {
    List<CommandSpec> notify = language.commands("notify");
    assertThat(notify).hasSize(2);
    assertThat(SieveLanguage.choose(notify, Set.of("notify")).capabilities())
        .containsExactly("notify");
    assertThat(SieveLanguage.choose(notify, Set.of("enotify")).capabilities())
        .containsExactly("enotify");
  }

  @org.junit.jupiter.api.Test
  void bindingTellsRulesWhichArgumentsAreHeaderNamesAndKeys() {
    Test test = firstTest("if header :regex [\"From\", \"To\"] \"^a\" { keep; }");
    Binding binding =
        Binder.bind(
            language.tests("header").get(0), test.arguments(), Set.of("regex"), test.nameSpan());
    assertThat(binding.problems()).isEmpty();
    assertThat(binding.matchType()).isEqualTo("regex");
    assertThat(binding.stringsWithRole(ArgRole.HEADER_NAMES))
        .extracting(Argument.StringValue::value)
        .containsExactly("From", "To");
    assertThat(binding.stringsWithRole(ArgRole.KEYS))
        .extracting(Argument.StringValue::value)
        .containsExactly("^a");
  }

  @org.junit.jupiter.api.Test
  void redirectToAListIsNoAddress() {
    Command redirect = firstCommand("redirect :list \":addrbook:friends\";");
    Binding binding =
        Binder.bind(
            language.commands("redirect").get(0),
            redirect.arguments(),
            Set.of("extlists"),
            redirect.nameSpan());
    assertThat(binding.withRole(ArgRole.ADDRESS)).isEmpty();
    assertThat(binding.withRole(ArgRole.EXT_LIST)).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void scriptBindingsCoverEveryKnownCommandAndTest() {
    ParseResult parsed =
        new ScriptParser()
            .parse(
                SourceFile.of(
                    "t.sieve",
                    """
                    require ["vacation-seconds", "variables"];
                    if address :is "from" "a@example.com" {
                      vacation :seconds 60 :from "me@example.com" "away";
                      set "x" "${global.y}";
                    }
                    """));
    ScriptBindings bindings = ScriptBindings.of(parsed.script());
    assertThat(bindings.required()).contains("vacation-seconds", "vacation", "variables");
    assertThat(bindings.all())
        .extracting(b -> b.binding().spec().name())
        .containsExactly("require", "if", "address", "vacation", "set");
    assertThat(bindings.all().get(3).binding().stringsWithRole(ArgRole.ADDRESS))
        .extracting(Argument.StringValue::value)
        .containsExactly("me@example.com");
    assertThat(bindings.all().get(4).binding().stringsWithRole(ArgRole.VARIABLE_NAME))
        .extracting(Argument.StringValue::value)
        .containsExactly("x");
    assertThat(language.variableNamespaces("global"))
        .extracting(VariableNamespace::capability)
        .containsExactly("include", null);
    assertThat(language.variableNamespaces("frop")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void everyBuiltInNamespaceNamesAProfile() {
    for (String name : List.of("env", "envelope", "header", "body", "part", "global", "t")) {
      List<VariableNamespace> definitions = language.variableNamespaces(name);
      assertThat(definitions).as(name).isNotEmpty();
      for (VariableNamespace n : definitions) {
        if (n.capability() == null) {
          assertThat(ServerProfiles.byId(String.valueOf(n.server()))).as(name).isPresent();
        }
      }
    }
  }

  static List<ServerProfile> profiles() {
    return ServerProfiles.ALL;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void everyProfileHasAPageAndNamesKnownCapabilities(ServerProfile profile) {
    assertThat(profile.page()).startsWith("# " + profile.id() + "\n").contains("Sources:");
    for (String cap : profile.capabilities()) {
      assertThat(language.capability(cap)).as("%s: %s", profile.id(), cap).isPresent();
    }
  }

  private static Command firstCommand(String text) {
    ParseResult parsed = new ScriptParser().parse(SourceFile.of("t.sieve", text));
    assertThat(parsed.problems()).isEmpty();
    return parsed.script().commands().get(0);
  }

  private static Test firstTest(String text) {
    return firstCommand(text).arguments().tests().get(0);
  }
}
