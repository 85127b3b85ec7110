package com.commercegraph.stock;

import com.commercegraph.registry.ProviderBound;

/** A provider whose stock counts the gateway can set (REC+). */
public interface StockSetting extends ProviderBound {

  /**
   * What setting the count would change, in the provider's own words; changes nothing.
   *
   * @throws com.commercegraph.failure.ProviderNotFoundException when the provider has no stock
   *     record with this SKU
   */
  String previewStock(String sku, int onHand);

  /**
   * Sets the SKU's stock to an absolute count.
   *
   * @throws com.commercegraph.failure.ProviderNotFoundException when the provider has no stock
   *     record with this SKU
   */
  void setStock(String sku, int onHand);
}
