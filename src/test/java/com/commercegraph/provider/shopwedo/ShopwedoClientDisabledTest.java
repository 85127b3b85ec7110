package com.commercegraph.provider.shopwedo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.registry.Provider;
import com.commercegraph.resilience.ProviderGate;
import com.commercegraph.settings.StandardRestClientKeys;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ShopwedoClientDisabledTest {

  private final ShopwedoClient client =
      new ShopwedoClient(
          ShopwedoTestConfig.withoutCredentials(),
          new ObjectMapper(),
          ProviderGate.unlimited(),
          StandardRestClientKeys.none());

  @Test
  void everyCallOfAnUnconfiguredClientIsProviderDisabled() {
    List<ThrowingCallable> calls =
        List.of(
            client::authTest,
            () ->
                client.createOrder(
                    new ShopwedoNewOrder("A-1", null, null, null, null, null, null, List.of())),
            () -> client.order("1"),
            () -> client.cancelOrder("1"),
            () -> client.stock(null, 50, 0),
            () -> client.products(List.of(), List.of(), 0));

    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isInstanceOfSatisfying(
              ProviderDisabledException.class,
              e -> {
                assertThat(e.code()).isEqualTo("PROVIDER_DISABLED");
                assertThat(e.provider()).isEqualTo(Provider.SHOPWEDO);
              });
    }
  }
}
