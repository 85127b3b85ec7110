package com.commercegraph.resilience;

/**
 * How a provider is doing, as the gateway sees it from its own calls ({@link ProviderStatuses}).
 */
public enum ProviderHealth {
  /** Answering. */
  UP,
  /**
   * Answering, but a call failed lately (5xx, timeout, 429, unreadable) or the breaker is probing.
   */
  DEGRADED,
  /** Not called (breaker open) or refusing the gateway's credentials: its part is missing. */
  DOWN,
  /** Not configured: never called. */
  DISABLED;

  /** The value of the {@code commerce_provider_status} gauge: 0 UP to 3 DISABLED. */
  int gaugeValue() {
    return ordinal();
  }
}
