package com.commercegraph.order;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.money.Money;
import com.commercegraph.registry.Provider;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Dashboard figures over the window [from, to): counts and totals, totals kept per currency.
 *
 * @param byProvider one entry per provider that answered in full, in provider order
 * @param failures the providers left out, and why; their orders count nowhere
 */
public record OrderSummary(
    OffsetDateTime from,
    OffsetDateTime to,
    int orderCount,
    List<Money> totals,
    List<ProviderSummary> byProvider,
    Map<Provider, ProviderException> failures) {

  public OrderSummary {
    totals = List.copyOf(totals);
    byProvider = List.copyOf(byProvider);
    failures = Map.copyOf(failures);
  }

  /**
   * One provider's figures.
   *
   * @param byStatus the statuses that occur, in the order of {@link OrderStatus}
   * @param totals one amount per currency, by currency code; orders without a total add nothing
   */
  public record ProviderSummary(
      Provider provider, int orderCount, Map<OrderStatus, Integer> byStatus, List<Money> totals) {

    public ProviderSummary {
      byStatus = Map.copyOf(byStatus);
      totals = List.copyOf(totals);
    }
  }
}
