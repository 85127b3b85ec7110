package com.commercegraph.order;

import com.commercegraph.order.event.OrderChanges;
import com.commercegraph.order.event.OrderEventType;
import com.commercegraph.registry.Provider;
import com.commercegraph.stock.StockCache;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WritePath;
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
  private final WritePath writes;
  private final StockCache stock;

  private final OrderChanges changes;

  OrderCancellationService(
      Instance<OrderCancellation> cancellations,
      WritePath writes,
      StockCache stock,
      OrderChanges changes) {
    this.cancellations = cancellations;
    this.writes = writes;
    this.stock = stock;
    this.changes = changes;
  }

  /**
   * @throws com.commercegraph.failure.ProviderException when the provider failed, with {@code
   *     outcomeUnknown()} when no answer proves the cancel was refused; a cancel is never sent
   *     twice ({@link WritePath#send})
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
    WriteResult<Order> result =
        writes.send(
            provider,
            stock.aroundWrite(provider, () -> cancellation.get().cancel(nativeId, reason)));
    if (result.value() != null) {
      changes.wrote(result.value(), OrderEventType.ORDER_STATUS_CHANGED);
    }
    return result;
  }
}
