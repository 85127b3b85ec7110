package com.commercegraph.resilience;

import com.commercegraph.registry.Provider;
import java.util.Optional;

/** A provider's health now, with its latest failure whenever there was one since the start. */
public record ProviderCondition(
    Provider provider, ProviderHealth health, Optional<LastFailure> lastFailure) {

  /** Healthy is UP or DEGRADED: calls to it are made and mostly answered. */
  public boolean healthy() {
    return health == ProviderHealth.UP || health == ProviderHealth.DEGRADED;
  }
}
