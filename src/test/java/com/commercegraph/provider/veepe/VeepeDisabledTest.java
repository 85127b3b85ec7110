package com.commercegraph.provider.veepe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.provider.NoProvidersConfigured;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without credentials VeePe is disabled: every call fails at once and nothing is sent. */
@QuarkusTest
@TestProfile(NoProvidersConfigured.class)
class VeepeDisabledTest {

  @Inject VeepeClient client;
  @Inject VeepeProvider provider;

  @Test
  void everyCallThrowsDisabledWhenVeepeHasNoCredentials() {
    List<ProviderDisabledException> failures =
        List.of(
            catchThrowableOfType(ProviderDisabledException.class, () -> client.orders(1)),
            catchThrowableOfType(ProviderDisabledException.class, () -> client.order("id")),
            catchThrowableOfType(
                ProviderDisabledException.class,
                () -> client.changeStatus("id", new VeepeStatusChange("CONFIRMED", null))),
            catchThrowableOfType(ProviderDisabledException.class, () -> provider.orders(null)));

    assertThat(provider.enabled()).isFalse();
    assertThat(failures)
        .allSatisfy(failure -> assertThat(failure.code()).isEqualTo("PROVIDER_DISABLED"));
  }
}
