package com.commercegraph.order.event;

import com.commercegraph.registry.Provider;

/**
 * Who polls a provider this interval. Every poll's findings reach every instance through the event
 * stream, so with several instances one poll per provider is enough: the scale-out (issue 18) can
 * answer this with a lease in Redis. The one instance of today always polls.
 */
public interface PollTurns {

  /** True when this instance should poll {@code provider} now. */
  boolean mine(Provider provider);
}
