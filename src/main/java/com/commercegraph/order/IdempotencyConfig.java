package com.commercegraph.order;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the reference store keeps what it knows about each client reference. */
@ConfigMapping(prefix = "commerce.idempotency")
public interface IdempotencyConfig {

  /**
   * How long a reference's record is kept after its last change. A client repeats a create within
   * minutes or, after an outage, days; a week covers a weekend's backlog, and Veeqo's and VeePe's
   * own look-ups still find older orders.
   */
  @WithDefault("7d")
  Duration retention();

  /**
   * How long a send may stay PENDING before it is taken as abandoned (its gateway instance stopped
   * mid-send) and read as UNKNOWN. Longer than any write runs: the longest read timeout (30s) plus
   * VeePe's retries of its create (4s) and a wait for the provider's threads.
   */
  @WithDefault("2m")
  Duration pendingTimeout();

  /**
   * How long after an unknown create a look-up that finds no order proves that none was made, where
   * the look-up is exact (Veeqo, by number): a provider whose proxy answered 504 may still be
   * storing the order for a while, so an earlier miss proves nothing.
   */
  @WithDefault("5m")
  Duration settleAfter();
}
