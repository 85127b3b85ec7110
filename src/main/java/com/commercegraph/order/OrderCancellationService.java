package com.commercegraph.order;

import com.commercegraph.failure.ProviderDisabledException;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderRegistry;
import com.commercegraph.resilience.ProviderCalls;
import com.commercegraph.resilience.RequestLimits;
import com.commercegraph.stock.StockCache;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/**
 * Cancels orders at the one provider that holds them, by that provider's rules. A cancel that was
 * sent drops the provider's cached stock: a cancelled order's stock is released (Veeqo allocations,
 * ShopWeDo reservations).
 */
@ApplicationScoped
public class OrderCancellationService {

  private final Instance<OrderCancellation> cancellations;
  private final ProviderRegistry registry;
  private final ProviderCalls calls;
  private final RequestLimits limits;
  private final StockCache stock;

  OrderCancellationService(
      Instance<OrderCancellation> cancellations,
      ProviderRegistry registry,
      ProviderCalls calls,
      RequestLimits limits,
      StockCache stock) {
    this.cancellations = cancellations;
    this.registry = registry;
    this.calls = calls;
    this.limits = limits;
    this.stock = stock;
  }

  /**
   * @throws com.commercegraph.failure.ProviderException when the provider failed; a cancel is never
   *     sent twice
   */
  public WriteResult<Order> cancel(Provider provider, String nativeId, String reason) {
    Optional<OrderCancellation> cancellation =
        cancellations.stream().filter(c -> c.provider() == provider).findFirst();
    if (cancellation.isEmpty()) {
      return WriteResult.refused(
          InputProblem.of("UNSUPPORTED", provider + " cannot cancel orders", "id"));
    }
    if (reason != null && reason.length() > 500) {
      return WriteResult.refused(
          InputProblem.of("TOO_LONG", "reason is longer than 500 characters", "reason"));
    }
    if (!registry.enabled(provider)) {
      throw ProviderDisabledException.of(provider);
    }
    return calls.write(
        provider,
        stock.aroundWrite(provider, () -> cancellation.get().cancel(nativeId, reason)),
        limits.deadline());
  }
}
