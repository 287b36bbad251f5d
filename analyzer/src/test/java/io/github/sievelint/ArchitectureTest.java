package io.github.sievelint;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.sievelint.lint.Rule;
import io.github.sievelint.lint.RuleInfo;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md, enforced. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.sievelint");

  @Test
  void onlyParseTouchesAntlrAndTheGeneratedParser() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.github.sievelint.parse..", "io.github.sievelint.grammar..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.antlr..", "io.github.sievelint.grammar..")
        .check(CLASSES);
  }

  @Test
  void astDependsOnlyOnSource() {
    noClasses()
        .that()
        .resideInAPackage("io.github.sievelint.ast..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.sievelint.parse..",
            "io.github.sievelint.lint..",
            "io.github.sievelint.rules..",
            "io.github.sievelint.report..",
            "io.github.sievelint.spec..",
            "io.github.sievelint.flow..",
            "io.github.sievelint.model..",
            "io.github.sievelint.graph..")
        .check(CLASSES);
  }

  @Test
  void sourceDependsOnNoOtherPackageOfOursAndOnNoYamlLibrary() {
    noClasses()
        .that()
        .resideInAPackage("io.github.sievelint.source..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.github.sievelint..")
                .and(not(resideInAPackage("io.github.sievelint.source.."))))
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.yaml..", "org.snakeyaml..", "com.fasterxml.jackson.dataformat.yaml..")
        .check(CLASSES);
  }

  @Test
  void astDependsOnlyOnSourceOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("io.github.sievelint.ast..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.github.sievelint..")
                .and(
                    not(
                        resideInAnyPackage(
                            "io.github.sievelint.ast..", "io.github.sievelint.source.."))))
        .check(CLASSES);
  }

  @Test
  void rulesNeverUseParseOrReport() {
    noClasses()
        .that()
        .resideInAPackage("io.github.sievelint.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.sievelint.parse..", "io.github.sievelint.report..")
        .check(CLASSES);
  }

  /** A rule's metadata: a static {@code INFO} field of type {@link RuleInfo}. */
  private static final DescribedPredicate<JavaClass> DECLARE_RULE_INFO =
      DescribedPredicate.describe(
          "declare a static RuleInfo INFO",
          type ->
              type.tryGetField("INFO")
                  .filter(field -> field.getModifiers().contains(JavaModifier.STATIC))
                  .filter(field -> field.getRawType().isEquivalentTo(RuleInfo.class))
                  .isPresent());

  @Test
  void rulesAreFinal() {
    classes()
        .that()
        .resideInAPackage("io.github.sievelint.rules")
        .and()
        .areTopLevelClasses()
        .and()
        .implement(Rule.class)
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(CLASSES);
  }

  @Test
  void classesWithRuleMetadataAreRules() {
    classes()
        .that()
        .resideInAPackage("io.github.sievelint.rules")
        .and()
        .areTopLevelClasses()
        .and(DECLARE_RULE_INFO)
        .should()
        .implement(Rule.class)
        .check(CLASSES);
  }

  @Test
  void conditionSitsBelowFlowAndGraph() {
    // The one condition model: flow and graph build on it, it builds on neither.
    noClasses()
        .that()
        .resideInAPackage("io.github.sievelint.condition..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.sievelint.flow..",
            "io.github.sievelint.graph..",
            "io.github.sievelint.lint..",
            "io.github.sievelint.rules..",
            "io.github.sievelint.model..",
            "io.github.sievelint.parse..",
            "io.github.sievelint.report..",
            "io.github.sievelint.run..")
        .check(CLASSES);
  }

  @Test
  void oneLiteralTypeAndOneConditionsType() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.sievelint.condition..")
        .should()
        .haveSimpleNameEndingWith("Literal")
        .orShould()
        .haveSimpleName("Conditions")
        .orShould()
        .haveSimpleName("Dnf")
        .check(CLASSES);
  }

  @Test
  void noPackageCycles() {
    slices().matching("io.github.sievelint.(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
