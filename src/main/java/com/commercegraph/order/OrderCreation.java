package com.commercegraph.order;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.InputProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A provider that can create orders. */
public interface OrderCreation extends ProviderBound {

  /**
   * What this provider in particular refuses in the new order (on top of the gateway's common
   * checks), before anything is sent: e.g. Veeqo needs a channel, ShopWeDo a house number.
   */
  List<InputProblem> problems(NewOrder order);

  /**
   * The order this provider already holds under the reference, where it can look one up (Veeqo by
   * number, VeePe by merchantOrderReference among its newest orders); empty where it cannot or has
   * none.
   */
  Optional<Order> findByReference(String reference);

  /**
   * True when {@link #findByReference} finding nothing proves that the provider holds no order with
   * the reference (an exact look-up over all its orders: Veeqo), once the provider has had time to
   * finish a write it was sent. False where it searches only part of the orders or cannot search at
   * all.
   */
  default boolean absenceIsProof() {
    return false;
  }

  /**
   * True when {@link #findByReference} is worth asking before a first send: the provider can be
   * asked cheaply and exactly (Veeqo), so an order made by an earlier gateway that forgot it (a
   * restart without Redis) is found, not made twice.
   */
  default boolean lookUpBeforeSending() {
    return false;
  }

  /**
   * Provider calls a create of lines with these SKUs makes before it is sent ({@link
   * #findByReference} when {@link #lookUpBeforeSending()}, and {@link #prepare}'s look-ups), as an
   * estimate that errs high; {@link Integer#MAX_VALUE} when the provider cannot tell. None by
   * default.
   */
  default int callsBeforeSending(Set<String> skus) {
    return 0;
  }

  /**
   * True when the create itself may be retried, and sent again after an unknown outcome: the
   * provider answers the very same request sent again with the order it already made (VeePe, by
   * merchantOrderReference). False by default: a second send of any other create could make a
   * second order.
   */
  default boolean createIsIdempotent() {
    return false;
  }

  /**
   * The create, ready to send: whatever the provider must be asked first (Veeqo's sellable id and
   * ShopWeDo's stock item id of each line's SKU) is read here, before the write path sends
   * anything, so a failed look-up is a failure of a write that was never sent, never an unknown
   * outcome. The supplier sends the create: once, unless {@link #createIsIdempotent()}: then
   * retried like a read, with the same request each time. It throws a {@link ProviderException},
   * with {@link ProviderException#outcomeUnknown()} when the request may have been applied without
   * an answer.
   *
   * @throws ProviderRefusedInputException when the input names what the provider does not have (a
   *     SKU it does not sell): nothing was sent
   * @throws ProviderException when a look-up failed: nothing was sent
   */
  Supplier<Order> prepare(NewOrder order);
}
