package com.commercegraph.provider.shopwedo;

import com.commercegraph.order.OrderStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings for tests that build ShopWeDo classes without Quarkus. */
record ShopwedoTestConfig(Optional<String> shopId, Optional<String> shopKey, String timeZone)
    implements ShopwedoConfig {

  static ShopwedoTestConfig brussels() {
    return new ShopwedoTestConfig(
        Optional.of(ShopwedoWireMock.SHOP_ID),
        Optional.of(ShopwedoWireMock.SHOP_KEY),
        "Europe/Brussels");
  }

  static ShopwedoTestConfig withoutCredentials() {
    return new ShopwedoTestConfig(Optional.empty(), Optional.empty(), "Europe/Brussels");
  }

  @Override
  public String baseUrl() {
    return "http://localhost:1/admin/api";
  }

  @Override
  public String currency() {
    return "EUR";
  }

  @Override
  public Map<String, OrderStatus> statusMap() {
    return Map.of();
  }

  @Override
  public boolean release() {
    return false;
  }

  @Override
  public Duration connectTimeout() {
    return Duration.ofSeconds(1);
  }

  @Override
  public Duration readTimeout() {
    return Duration.ofSeconds(1);
  }
}
