package com.commercegraph.failure;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.registry.Provider;
import org.junit.jupiter.api.Test;

/** Credentials registered once never survive in provider error text; short words are kept. */
class RedactionTest {

  @Test
  void aRegisteredSecretIsRedactedWhereverItAppears() {
    Redaction.register("rdx-secret-4f1a");

    ProviderException failure =
        new ProviderRejectedException(
            ProviderFailure.status(
                Provider.VEEQO, 422, "rdx-secret-4f1a", "key rdx-secret-4f1a is not valid"));

    assertThat(failure.getMessage())
        .isEqualTo("VEEQO answered 422 [[redacted]]: key [redacted] is not valid");
    assertThat(failure.providerMessage()).contains("key [redacted] is not valid");
    assertThat(failure.providerCode()).contains("[redacted]");
  }

  @Test
  void valuesTooShortToBeCredentialsAreNotRegistered() {
    Redaction.register("abc");
    Redaction.register(null);

    assertThat(Redaction.redact("abc order")).isEqualTo("abc order");
  }

  @Test
  void theNewestTokensAreRedactedAndOldOnesForgotten() {
    for (int i = 1; i <= 9; i++) {
      Redaction.registerToken("rdx-token-" + i);
    }

    assertThat(Redaction.redact("bearer rdx-token-9 rdx-token-2"))
        .isEqualTo("bearer [redacted] [redacted]");
    assertThat(Redaction.redact("bearer rdx-token-1")).isEqualTo("bearer rdx-token-1");
  }
}
