package com.commercegraph.payment;

import com.commercegraph.registry.ProviderBound;

/** A provider that hosts checkout pages where customers pay their orders (VeePe). */
public interface CheckoutLinks extends ProviderBound {

  /**
   * The order's checkout page. The provider may create the page's session on this call, so it is
   * sent as a write.
   */
  CheckoutLink checkoutLink(String orderId);
}
