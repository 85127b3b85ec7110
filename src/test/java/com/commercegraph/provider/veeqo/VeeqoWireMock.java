package com.commercegraph.provider.veeqo;

import com.commercegraph.provider.ProviderWireMock;
import com.commercegraph.registry.Provider;
import java.util.Map;

/** Stands in for Veeqo in tests; its settings are the test credentials the assertions check. */
public class VeeqoWireMock extends ProviderWireMock {

  public static final String API_KEY = "test-veeqo-api-key";

  /** The default delivery method, orders.md's sample id. */
  public static final long DELIVERY_METHOD_ID = 92298;

  public VeeqoWireMock() {
    super(
        Provider.VEEQO,
        "",
        Map.of("api-key", API_KEY, "delivery-method-id", String.valueOf(DELIVERY_METHOD_ID)));
  }

  /**
   * No SKU search finds a product, so a create's numeric SKUs go out as sellable ids
   * (VeeqoSellableIds); tests of SKUs stub the search themselves, and catalogue tests stub {@code
   * GET /products} as a whole.
   */
  @Override
  protected void baseline() {
    VeeqoStubs.productSearchFindsNothing();
  }
}
