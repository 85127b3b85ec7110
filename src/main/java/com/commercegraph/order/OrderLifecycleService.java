package com.commercegraph.order;

import com.commercegraph.money.Money;
import com.commercegraph.order.event.OrderChanges;
import com.commercegraph.order.event.OrderEventType;
import com.commercegraph.registry.Provider;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WritePath;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves orders along their provider's lifecycle and edits open ones, where the provider has a
 * lifecycle the gateway can drive (VeePe).
 *
 * <p>What callers rely on: input is checked before the provider is called, and a refusal is a
 * {@link WriteResult} with problems; each write is sent once ({@link WritePath#send}) and never
 * retried, since none is idempotent at the provider; a write with no answer in time throws a {@link
 * com.commercegraph.failure.ProviderException} with {@code outcomeUnknown()}.
 */
@ApplicationScoped
public class OrderLifecycleService {

  private static final int MAX_NOTE = 500;
  // Stand-ins for the parts an edit leaves out, so that the given parts pass the same checks as a
  // new order's; they are never sent.
  private static final Customer UNCHANGED_CUSTOMER = new Customer("unchanged", null, null);
  private static final NewOrderLine UNCHANGED_LINE =
      new NewOrderLine("unchanged", null, 1, new Money(BigDecimal.ONE, "INR"), null);

  private final Instance<OrderLifecycle> lifecycles;
  private final Instance<OrderCreation> creations;
  private final WritePath writes;
  private final OrderChanges changes;

  OrderLifecycleService(
      Instance<OrderLifecycle> lifecycles,
      Instance<OrderCreation> creations,
      WritePath writes,
      OrderChanges changes) {
    this.lifecycles = lifecycles;
    this.creations = creations;
    this.writes = writes;
    this.changes = changes;
  }

  /**
   * Moves the order to {@code to}; refused with INVALID_TRANSITION (naming the allowed statuses)
   * when the provider's lifecycle forbids it, also when the order moved meanwhile.
   */
  public WriteResult<Order> transition(
      Provider provider, String nativeId, OrderStatus to, String note) {
    Optional<OrderLifecycle> lifecycle = ProviderBound.of(lifecycles, provider);
    if (lifecycle.isEmpty()) {
      return WriteResult.refused(InputProblem.unsupported(provider, lifecycles, "id"));
    }
    if (note != null && note.length() > MAX_NOTE) {
      return WriteResult.refused(
          InputProblem.of("TOO_LONG", "note is longer than " + MAX_NOTE + " characters", "note"));
    }
    return published(
        writes.send(provider, () -> lifecycle.get().transition(nativeId, to, note)),
        OrderEventType.ORDER_STATUS_CHANGED);
  }

  /**
   * Edits an open order: only the given parts change; new lines re-price the amount. Refused with
   * NOT_EDITABLE when the provider's rules forbid editing the order now.
   */
  public WriteResult<Order> update(Provider provider, String nativeId, OrderEdit edit) {
    Optional<OrderLifecycle> lifecycle = ProviderBound.of(lifecycles, provider);
    if (lifecycle.isEmpty()) {
      return WriteResult.refused(InputProblem.unsupported(provider, lifecycles, "id"));
    }
    List<InputProblem> problems = problems(provider, edit);
    if (!problems.isEmpty()) {
      return WriteResult.refused(problems);
    }
    return published(
        writes.send(provider, () -> lifecycle.get().update(nativeId, edit)),
        OrderEventType.ORDER_UPDATED);
  }

  /** An applied change is every subscriber's news at once. */
  private WriteResult<Order> published(WriteResult<Order> result, OrderEventType firstSight) {
    if (result.value() != null) {
      changes.wrote(result.value(), firstSight);
    }
    return result;
  }

  /** The edit's given parts, checked as a new order's are, with the provider's own rules. */
  private List<InputProblem> problems(Provider provider, OrderEdit edit) {
    if (edit.isEmpty()) {
      return List.of(
          InputProblem.of(
              "REQUIRED", "give at least one of customer, shippingAddress, lines, note", "input"));
    }
    NewOrder probe =
        new NewOrder(
            provider,
            "unchanged",
            edit.customer() == null ? UNCHANGED_CUSTOMER : edit.customer(),
            edit.shippingAddress(),
            null,
            edit.lines() == null ? List.of(UNCHANGED_LINE) : edit.lines(),
            null,
            null,
            edit.note(),
            null,
            null);
    List<InputProblem> problems = new ArrayList<>(NewOrderValidator.problems(probe));
    ProviderBound.of(creations, provider).ifPresent(c -> problems.addAll(c.problems(probe)));
    return problems;
  }
}
