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
   * number); empty where it cannot or has none.
   */
  Optional<Order> findByReference(String reference);

  /**
   * True when sending the same create again cannot make a second order: VeePe answers a repeated
   * merchantOrderReference with the existing order, and Veeqo's look-up by number finds it first.
   * Where false, a create whose outcome is unknown is not sent again.
   */
  boolean resendIsSafe();

  /**
   * True when the create itself may be retried: the provider answers the very same request sent
   * again with the order it already made (VeePe, by merchantOrderReference). False by default: a
   * retry of any other create could make a second order.
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
