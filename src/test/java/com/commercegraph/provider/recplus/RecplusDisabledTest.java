package com.commercegraph.provider.recplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.provider.NoProvidersConfigured;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Without REC+ settings nothing is called and every call says the provider is disabled. */
@QuarkusTest
@TestProfile(NoProvidersConfigured.class)
class RecplusDisabledTest {

  @Inject RecplusClient client;
  @Inject RecplusProvider provider;

  @Test
  void everyCallThrowsProviderDisabled() {
    List<ThrowingCallable> calls =
        List.of(
            () -> client.orders(25, 0, null),
            () -> client.order("1"),
            () -> client.updateOrder("1", RecplusOrderUpdate.status("Dispatched")),
            () -> client.stockItem("xyz"),
            () -> client.updateStock(List.of(RecplusStockUpdate.of("xyz", 1))),
            () -> provider.product("1"),
            () -> provider.setStock("xyz", 1));

    assertThat(provider.enabled()).isFalse();
    for (ThrowingCallable call : calls) {
      ProviderDisabledException error = catchThrowableOfType(ProviderDisabledException.class, call);
      assertThat(error.code()).isEqualTo("PROVIDER_DISABLED");
      assertThat(error.outcomeUnknown()).isFalse();
    }
  }
}
