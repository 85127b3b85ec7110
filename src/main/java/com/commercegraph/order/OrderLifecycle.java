package com.commercegraph.order;

import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.WriteResult;

/**
 * A provider whose orders follow a lifecycle the gateway can move them along, and whose open orders
 * it can edit (VeePe). Each change is checked against the provider's rules before it is sent, and
 * sent once.
 */
public interface OrderLifecycle extends ProviderBound {

  /**
   * Moves the order to {@code to} and answers it as it is afterwards, or refuses with NOT_FOUND or
   * INVALID_TRANSITION (naming the allowed statuses) without changing anything.
   *
   * @param nativeId already checked against {@link com.commercegraph.registry.NativeIds}
   */
  WriteResult<Order> transition(String nativeId, OrderStatus to, String note);

  /**
   * Applies the edit and answers the order as it is afterwards, or refuses with NOT_FOUND,
   * NOT_EDITABLE or CURRENCY_MISMATCH without changing anything.
   */
  WriteResult<Order> update(String nativeId, OrderEdit edit);
}
