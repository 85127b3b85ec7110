package com.commercegraph.provider.recplus;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.money.Money;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A site with its own status texts, currency and time zone, all from configuration. */
@QuarkusTest
@TestProfile(RecplusSiteSettingsTest.BerlinSite.class)
class RecplusSiteSettingsTest {

  public static class BerlinSite implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "recplus.status-map.\"payment received\"", "PROCESSING",
          "recplus.status-map.\"Awaiting Collection\"", "SHIPPED",
          "recplus.currency", "EUR",
          "recplus.time-zone", "Europe/Berlin");
    }
  }

  @Inject RecplusMapper mapper;
  @Inject RecplusStatusTable statuses;
  @Inject ObjectMapper json;

  @Test
  void configuredStatusTextsOverrideAndExtendTheDefaults() {
    assertThat(statuses.statusOf("Payment Received")).isEqualTo(OrderStatus.PROCESSING);
    assertThat(statuses.statusOf("AWAITING COLLECTION")).isEqualTo(OrderStatus.SHIPPED);
    assertThat(statuses.statusOf("Dispatched")).isEqualTo(OrderStatus.SHIPPED);
    assertThat(statuses.statusOf("Teleported")).isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void ordersUseTheConfiguredCurrencyAndTimeZone() throws Exception {
    Order order =
        mapper.order(json.readValue(RecplusStubs.payload("order.json"), RecplusOrder.class));

    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.providerStatus()).isEqualTo("Payment Received");
    assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2023-07-26T00:03:07+02:00"));
    assertThat(order.discount()).isEqualTo(new Money(new BigDecimal("154.20"), "EUR"));
    assertThat(order.lines().get(0).unitPrice())
        .isEqualTo(new Money(new BigDecimal("137.40"), "EUR"));
  }
}
