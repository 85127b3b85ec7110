package com.commercegraph.order;

import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.WriteResult;

/** A provider that can cancel orders. */
public interface OrderCancellation extends ProviderBound {

  /**
   * Cancels the order and answers it as it is afterwards, or refuses with a problem (code
   * INVALID_TRANSITION, CANCEL_REFUSED, NOT_FOUND) when the provider's rules forbid it, in which
   * case nothing changed.
   *
   * @param nativeId already checked against {@link NativeIds}
   */
  WriteResult<Order> cancel(String nativeId, String reason);
}
