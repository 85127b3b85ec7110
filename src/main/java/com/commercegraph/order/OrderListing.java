package com.commercegraph.order;

import com.commercegraph.merge.ProviderPage;
import com.commercegraph.registry.ProviderBound;

/** A provider that can list its orders. ShopWeDo cannot, so it does not implement this. */
public interface OrderListing extends ProviderBound {

  /**
   * One page of orders, newest first, starting at {@code position} (null for the newest page).
   * Pages are contiguous: following {@code nextPosition} from null visits every order once.
   */
  ProviderPage<Order> newestOrders(OrderListQuery query, String position);
}
