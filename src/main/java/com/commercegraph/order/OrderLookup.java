package com.commercegraph.order;

import com.commercegraph.registry.NativeIds;
import com.commercegraph.registry.ProviderBound;
import java.util.Optional;

/** A provider that can fetch one order by its own id. */
public interface OrderLookup extends ProviderBound {

  /**
   * The order, or empty when the provider has none with this id.
   *
   * @param nativeId already checked against {@link NativeIds}
   */
  Optional<Order> order(String nativeId);
}
