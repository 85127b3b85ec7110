package com.commercegraph.provider.shopwedo;

import com.commercegraph.provider.ProviderWireMock;
import com.commercegraph.registry.Provider;
import java.util.Map;

/** Stands in for ShopWeDo in tests; its settings are the test credentials the assertions check. */
public class ShopwedoWireMock extends ProviderWireMock {

  public static final String SHOP_ID = "4711";
  public static final String SHOP_KEY = "test-shopwedo-shop-key";

  public ShopwedoWireMock() {
    super(Provider.SHOPWEDO, "/admin/api", Map.of("shop-id", SHOP_ID, "shop-key", SHOP_KEY));
  }
}
