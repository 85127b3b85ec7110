package com.commercegraph.provider.shopwedo;

import static org.assertj.core.api.Assertions.assertThat;

import com.commercegraph.order.OrderStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class ShopwedoStatusesTest {

  private static final ShopwedoStatuses DEFAULTS = new ShopwedoStatuses(Map.of());

  @Test
  void everyKnownStatusStringMapsAndAnythingElseIsUnknown() {
    Map<String, OrderStatus> expected = new LinkedHashMap<>();
    expected.put("new", OrderStatus.OPEN);
    expected.put("Open", OrderStatus.OPEN);
    expected.put("pending", OrderStatus.OPEN);
    expected.put("Waiting_for_release", OrderStatus.OPEN);
    expected.put("waiting for  release", OrderStatus.OPEN);
    expected.put("released", OrderStatus.CONFIRMED);
    expected.put("RESERVED", OrderStatus.CONFIRMED);
    expected.put("picking", OrderStatus.PROCESSING);
    expected.put("packing", OrderStatus.PROCESSING);
    expected.put("picked", OrderStatus.PROCESSING);
    expected.put("packed", OrderStatus.PROCESSING);
    expected.put("in_progress", OrderStatus.PROCESSING);
    expected.put("in-progress", OrderStatus.PROCESSING);
    expected.put("processing", OrderStatus.PROCESSING);
    expected.put("shipped", OrderStatus.SHIPPED);
    expected.put("Sent", OrderStatus.SHIPPED);
    expected.put("delivered", OrderStatus.DELIVERED);
    expected.put("cancelled", OrderStatus.CANCELLED);
    expected.put("canceled", OrderStatus.CANCELLED);
    expected.put("on_hold", OrderStatus.ON_HOLD);
    expected.put(" On Hold ", OrderStatus.ON_HOLD);
    expected.put("returned", OrderStatus.UNKNOWN);
    expected.put("", OrderStatus.UNKNOWN);
    expected.put("7", OrderStatus.UNKNOWN);

    SoftAssertions softly = new SoftAssertions();
    expected.forEach(
        (text, status) -> softly.assertThat(DEFAULTS.of(text)).as(text).isEqualTo(status));
    softly.assertAll();
    assertThat(DEFAULTS.of(null)).isEqualTo(OrderStatus.UNKNOWN);
  }
}
