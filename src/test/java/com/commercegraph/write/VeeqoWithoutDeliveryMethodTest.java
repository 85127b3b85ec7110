package com.commercegraph.write;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.commercegraph.graphql.GraphQLClient;
import com.commercegraph.provider.ProviderServers;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without VEEQO_DELIVERY_METHOD_ID, a Veeqo create that names no delivery method is refused on that
 * field (orders.md: {@code delivery_method_id} is required) and Veeqo is not called at all.
 */
@QuarkusTest
@TestProfile(VeeqoWithoutDeliveryMethodTest.NoDefault.class)
class VeeqoWithoutDeliveryMethodTest {

  /** Veeqo alone, configured without a default delivery method. */
  public static class NoDefault implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(VeeqoWithoutDefault.class));
    }
  }

  /** Veeqo's WireMock with every test setting but the default delivery method. */
  public static class VeeqoWithoutDefault extends VeeqoWireMock {

    @Override
    public Map<String, String> start() {
      Map<String, String> settings = new HashMap<>(super.start());
      settings.remove("veeqo.delivery-method-id");
      return settings;
    }
  }

  private final WireMockServer veeqo = ProviderServers.of(Provider.VEEQO);

  @Test
  void aCreateWithoutADeliveryMethodIsRefusedNamingTheFieldAndNothingIsSent() {
    GraphQLClient.post(Writes.CREATE, Map.of("input", Writes.veeqoInput("DM-NONE-1")))
        .body("errors", nullValue())
        .body("data.createOrder.order", nullValue())
        .body("data.createOrder.userErrors[0].code", is("REQUIRED"))
        .body("data.createOrder.userErrors[0].field", is(List.of("input", "deliveryMethodId")));

    veeqo.verify(0, anyRequestedFor(anyUrl()));
  }
}
