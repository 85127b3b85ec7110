package com.commercegraph.order;

import com.commercegraph.failure.ProviderException;
import com.commercegraph.registry.ProviderBound;
import com.commercegraph.write.InputProblem;
import java.util.List;
import java.util.Optional;

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
   * True when the create itself may be retried, and sent again after an unknown outcome: the
   * provider answers the very same request sent again with the order it already made (VeePe, by
   * merchantOrderReference). False by default: a second send of any other create could make a
   * second order.
   */
  default boolean createIsIdempotent() {
    return false;
  }

  /**
   * Creates the order. Sent once, unless {@link #createIsIdempotent()}: then retried like a read,
   * with the same request each time.
   *
   * @throws ProviderException with {@link ProviderException#outcomeUnknown()} when the request may
   *     have been applied without an answer
   */
  Order create(NewOrder order);
}
