package com.commercegraph.order;

import com.commercegraph.registry.ProviderBound;

/**
 * A provider whose orders carry a status text of the merchant's own choosing (REC+ sites configure
 * their status texts), beside the common status.
 */
public interface OrderStatusTexts extends ProviderBound {

  /**
   * What setting the text would change, in the provider's own words; changes nothing.
   *
   * @throws com.commercegraph.failure.ProviderNotFoundException when the provider has no such order
   */
  String previewStatusText(String nativeId, String text);

  /**
   * Sets the order's status text. Not idempotent at the provider's side in every case (a site may
   * act on a status), so it is sent once.
   *
   * @throws com.commercegraph.failure.ProviderNotFoundException when the provider has no such order
   */
  void setStatusText(String nativeId, String text);
}
