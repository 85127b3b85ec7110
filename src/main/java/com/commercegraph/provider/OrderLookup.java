package com.commercegraph.provider;

import com.commercegraph.order.Order;
import java.util.Optional;

/** A provider that can fetch one order by its own id. */
public interface OrderLookup {

  Provider provider();

  /**
   * The order, or empty when the provider has none with this id.
   *
   * @param nativeId already checked against {@link NativeIds}
   */
  Optional<Order> order(String nativeId);
}
