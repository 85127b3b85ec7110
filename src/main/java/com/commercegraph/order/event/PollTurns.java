package com.commercegraph.order.event;

import com.commercegraph.registry.Provider;

/**
 * Who polls a provider now. Every poll's findings reach every instance through the event stream, so
 * with several instances one poll per provider is enough ({@link LeasedPollTurns}).
 */
public interface PollTurns {

  /**
   * True when this instance should poll {@code provider} now. Asked every half of the provider's
   * poll interval by an instance with subscribers; each call that answers true keeps the turn for
   * this instance a while longer.
   */
  boolean mine(Provider provider);
}
