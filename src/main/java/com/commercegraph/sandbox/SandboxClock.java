package com.commercegraph.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The simulators' notion of now: token expiry, ShopWeDo's signature window, Veeqo's leaky bucket,
 * report completion and seed dates all read it, so that tests can move time instead of waiting.
 */
@ApplicationScoped
public class SandboxClock {

  private final Clock clock = Clock.systemUTC();

  public Instant now() {
    return clock.instant();
  }
}
