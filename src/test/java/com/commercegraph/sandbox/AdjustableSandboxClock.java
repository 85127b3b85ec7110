package com.commercegraph.sandbox;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/** The sandbox clock in tests: real time plus an offset that a test moves instead of sleeping. */
@Alternative
@Priority(1)
@ApplicationScoped
public class AdjustableSandboxClock extends SandboxClock {

  private volatile Duration offset = Duration.ZERO;

  @Override
  public Instant now() {
    return super.now().plus(offset);
  }

  public void advance(Duration by) {
    offset = offset.plus(by);
  }

  /** Back to real time; call after every test that advanced the clock. */
  public void reset() {
    offset = Duration.ZERO;
  }
}
