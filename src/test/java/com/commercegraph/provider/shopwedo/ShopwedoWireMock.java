package com.commercegraph.provider.shopwedo;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.commercegraph.provider.ProviderWireMock;
import com.commercegraph.provider.TestResources;
import com.commercegraph.registry.Provider;
import java.util.Map;

/** Stands in for ShopWeDo in tests; its settings are the test credentials the assertions check. */
public class ShopwedoWireMock extends ProviderWireMock {

  public static final String SHOP_ID = "4711";
  public static final String SHOP_KEY = "test-shopwedo-shop-key";

  public ShopwedoWireMock() {
    super(Provider.SHOPWEDO, "/admin/api", Map.of("shop-id", SHOP_ID, "shop-key", SHOP_KEY));
  }

  /**
   * getStock answers the documented stock items (shopwedo/get-stock.json): reading an order or
   * creating one looks up the merchant's codes of its stock items there. Tests that are about stock
   * stub getStock themselves.
   */
  @Override
  protected void baseline() {
    ShopwedoStubs.server()
        .stubFor(
            post(urlPathEqualTo("/admin/api/getStock"))
                .willReturn(okJson(TestResources.read("shopwedo/get-stock.json"))));
  }
}
