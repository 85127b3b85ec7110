package com.commercegraph.order;

import com.commercegraph.registry.Provider;
import java.util.Optional;

/**
 * Which order each client reference created, so that the same reference twice gives the same order,
 * never two. In memory for one gateway instance now; several instances need a shared store behind
 * this same interface.
 */
public interface CreatedOrders {

  Optional<String> find(Provider provider, String reference);

  void remember(Provider provider, String reference, String providerId);

  /** A create with this reference got no answer: the order may or may not exist. */
  void rememberUncertain(Provider provider, String reference);

  boolean isUncertain(Provider provider, String reference);
}
