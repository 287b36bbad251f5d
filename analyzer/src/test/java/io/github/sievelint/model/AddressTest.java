package io.github.sievelint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Address normalization (docs/model.md, addresses, steps 1 to 4). */
class AddressTest {

  @Test
  void stripsDisplayNameFoldsCaseAndSplitsTheDetail() {
    Address address =
        Address.parse("\"Alice A.\" <Alice+Lists@Example.COM.>", "+", false).orElseThrow();
    assertThat(address.full()).isEqualTo("alice+lists@example.com");
    assertThat(address.base()).isEqualTo("alice@example.com");
    assertThat(address.detail()).isEqualTo("lists");
  }

  @Test
  void cutsAtTheFirstOfSeveralDelimiters() {
    Address address = Address.parse("bob-x+y@example.com", "+-", false).orElseThrow();
    assertThat(address.user()).isEqualTo("bob");
    assertThat(address.detail()).isEqualTo("x+y");
  }

  @Test
  void convertsInternationalDomainsToAscii() {
    assertThat(Address.parse("jörg@bücher.example").orElseThrow().domain())
        .isEqualTo("xn--bcher-kva.example");
  }

  @Test
  void rejectsWhatIsNotAnAddrSpec() {
    assertThat(Address.parse("no-at-sign")).isEmpty();
    assertThat(Address.parse("a@@")).isEmpty();
    assertThat(Address.parse("two words@example.com")).isEmpty();
    assertThat(Address.parse("x@exa mple.com")).isEmpty();
    assertThat(Address.parse("<x@example.com")).isEmpty();
  }

  @Test
  void pathsThatLeaveTheRepositoryAreRefused() {
    assertThat(RepositoryPaths.staysInside("users/alice.sieve")).isTrue();
    assertThat(RepositoryPaths.staysInside("users/../alice.sieve")).isTrue();
    assertThat(RepositoryPaths.staysInside("../alice.sieve")).isFalse();
    assertThat(RepositoryPaths.staysInside("/etc/passwd")).isFalse();
    assertThat(RepositoryPaths.staysInside("C:/x")).isFalse();
  }
}
