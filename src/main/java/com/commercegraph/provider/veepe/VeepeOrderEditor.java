package com.commercegraph.provider.veepe;

import com.commercegraph.failure.ProviderConflictException;
import com.commercegraph.failure.ProviderException;
import com.commercegraph.failure.ProviderNotFoundException;
import com.commercegraph.order.Order;
import com.commercegraph.order.OrderEdit;
import com.commercegraph.order.OrderLifecycle;
import com.commercegraph.order.OrderStatus;
import com.commercegraph.registry.Provider;
import com.commercegraph.write.InputProblem;
import com.commercegraph.write.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Changes to existing VeePe orders under VeePe's rules, checked before anything is sent: the
 * lifecycle table for status changes, OPEN-only for edits. Each change is sent once; VeePe's 409
 * (someone moved the order meanwhile) becomes the same refusal, with the status read again.
 *
 * <p>Calls block and are not retried; callers send them through {@link
 * com.commercegraph.write.WritePath#send}.
 */
@ApplicationScoped
public class VeepeOrderEditor implements OrderLifecycle {

  private final VeepeClient client;
  private final VeepeMapper mapper;

  VeepeOrderEditor(VeepeClient client, VeepeMapper mapper) {
    this.client = client;
    this.mapper = mapper;
  }

  @Override
  public Provider provider() {
    return Provider.VEEPE;
  }

  /**
   * Moves the order to {@code to} and answers it as VeePe has it afterwards, or refuses with
   * NOT_FOUND or INVALID_TRANSITION (naming the allowed statuses) without changing anything.
   */
  @Override
  public WriteResult<Order> transition(String orderId, OrderStatus to, String note) {
    Optional<Order> current = read(orderId);
    if (current.isEmpty()) {
      return notFound();
    }
    if (!VeepeLifecycle.allowedAfter(current.get().status()).contains(to)) {
      return WriteResult.refused(invalidTransition(current.get(), to));
    }
    try {
      client.changeStatus(orderId, new VeepeStatusChange(to.name(), note));
    } catch (ProviderConflictException e) {
      // veepe-api.txt: invalid transitions answer 409; the order moved since it was read.
      return read(orderId)
          .map(fresh -> WriteResult.<Order>refused(invalidTransition(fresh, to)))
          .orElseGet(() -> notFound());
    }
    return WriteResult.done(readBack(orderId, moved(current.get(), to)));
  }

  /**
   * Applies the edit to an OPEN order and answers it as VeePe has it afterwards, or refuses with
   * NOT_FOUND, NOT_EDITABLE or CURRENCY_MISMATCH without changing anything.
   */
  @Override
  public WriteResult<Order> update(String orderId, OrderEdit edit) {
    Optional<VeepeOrder> wire = readWire(orderId);
    if (wire.isEmpty()) {
      return notFound();
    }
    Optional<Order> current = wire.map(mapper::order);
    // veepe-api.txt: only OPEN orders can be updated.
    if (current.get().status() != OrderStatus.OPEN) {
      return WriteResult.refused(notEditable(current.get()));
    }
    if (edit.lines() != null && current.get().total() != null) {
      String currency = edit.lines().get(0).unitPrice().currencyCode();
      if (!currency.equals(current.get().total().currencyCode())) {
        return WriteResult.refused(
            InputProblem.of(
                "CURRENCY_MISMATCH",
                "the order is in "
                    + current.get().total().currencyCode()
                    + "; its lines cannot be priced in "
                    + currency,
                "input",
                "lines"));
      }
    }
    try {
      client.updateOrder(orderId, VeepeOrderRequests.changes(edit, metadata(wire.get())));
    } catch (ProviderConflictException e) {
      // The order left OPEN since it was read.
      return read(orderId)
          .map(fresh -> WriteResult.<Order>refused(notEditable(fresh)))
          .orElseGet(() -> notFound());
    }
    return WriteResult.done(readBack(orderId, current.get()));
  }

  private Optional<Order> read(String orderId) {
    return readWire(orderId).map(mapper::order);
  }

  private Optional<VeepeOrder> readWire(String orderId) {
    try {
      return Optional.of(client.order(orderId));
    } catch (ProviderNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> metadata(VeepeOrder order) {
    return order.orderDetails() == null ? null : order.orderDetails().metadata();
  }

  /**
   * The order after a change VeePe confirmed. The change is done whatever happens now, so a failed
   * read must not look like a failed write: it answers {@code fallback} (the order as read before,
   * with a transition's new status), which the client can refresh.
   */
  private Order readBack(String orderId, Order fallback) {
    try {
      return read(orderId).orElse(fallback);
    } catch (ProviderException e) {
      return fallback;
    }
  }

  /** The order as it is after a confirmed transition, for when it cannot be read again. */
  private static Order moved(Order order, OrderStatus to) {
    return new Order(
        order.provider(),
        order.providerId(),
        order.number(),
        to,
        to.name(),
        order.createdAt(),
        order.updatedAt(),
        order.total(),
        order.shipping(),
        order.discount(),
        order.customer(),
        order.shippingAddress(),
        order.billingAddress(),
        order.lines(),
        VeepeLifecycle.allowedAfter(to),
        order.statusHistory());
  }

  private static InputProblem invalidTransition(Order order, OrderStatus to) {
    List<OrderStatus> allowed = VeepeLifecycle.allowedAfter(order.status());
    return InputProblem.of(
        "INVALID_TRANSITION",
        "a "
            + order.status()
            + " order cannot move to "
            + to
            + "; allowed: "
            + (allowed.isEmpty()
                ? "none"
                : allowed.stream().map(Enum::name).collect(Collectors.joining(", "))),
        "id");
  }

  private static InputProblem notEditable(Order order) {
    return InputProblem.of(
        "NOT_EDITABLE", "only OPEN orders can be updated; this one is " + order.status(), "id");
  }

  private static WriteResult<Order> notFound() {
    return WriteResult.refused(InputProblem.of("NOT_FOUND", "VeePe has no such order", "id"));
  }
}
