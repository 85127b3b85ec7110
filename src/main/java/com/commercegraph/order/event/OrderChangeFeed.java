package com.commercegraph.order.event;

import com.commercegraph.order.Order;
import com.commercegraph.registry.ProviderBound;
import java.time.OffsetDateTime;
import java.util.List;

/** A provider that can list the orders changed since a moment (Veeqo's {@code updated_at_min}). */
public interface OrderChangeFeed extends ProviderBound {

  /** Orders updated at or after {@code since}, at most {@code max} of them, in one call. */
  List<Order> changedSince(OffsetDateTime since, int max);
}
