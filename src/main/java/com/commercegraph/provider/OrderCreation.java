package com.commercegraph.provider;

import com.commercegraph.order.InputProblem;
import com.commercegraph.order.NewOrder;
import com.commercegraph.order.Order;
import java.util.List;
import java.util.Optional;

/** A provider that can create orders. */
public interface OrderCreation {

  Provider provider();

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
   * Creates the order. Sent once: never retried here, since a second send could create a second
   * order (VeePe's create is idempotent by reference on its side, the others' are not).
   *
   * @throws ProviderException with {@link ProviderException#outcomeUnknown()} when the request may
   *     have been applied without an answer
   */
  Order create(NewOrder order);
}
