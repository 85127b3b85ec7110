package com.commercegraph.provider.veeqo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VeeqoConfigTest {

  @Test
  void aCurrencyThatIsNoIsoCodeIsASettingsProblemNamingTheVariableOnly() {
    VeeqoConfig config = withCurrency("POUNDS");

    assertThat(config.problems())
        .containsExactly("VEEQO_CURRENCY must be an ISO 4217 currency code such as GBP");
  }

  @Test
  void theDefaultSettingsWithAKeyHaveNoProblem() {
    assertThat(withCurrency("GBP").problems()).isEmpty();
    assertThat(withCurrency("GBP").enabled()).isTrue();
  }

  private static VeeqoConfig withCurrency(String currency) {
    return new VeeqoTestConfig(
        "https://api.veeqo.com",
        Optional.of(VeeqoWireMock.API_KEY),
        Optional.empty(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        currency,
        Optional.empty());
  }
}
