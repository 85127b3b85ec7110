package com.commercegraph.provider;

import com.commercegraph.resilience.ProviderOutcomes;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Every test starts with every provider's circuit breaker closed, no provider outcome remembered
 * for its health, and every provider's WireMock server at its baseline (no stubs but what every
 * test needs, no recorded requests), whatever the last test did. Quarkus runs this before the
 * test's own {@code @BeforeEach} methods, so those may stub.
 */
public class ResetProvidersBeforeEach implements QuarkusTestBeforeEachCallback {

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    CircuitBreakerMaintenance.get().resetAll();
    Arc.container().instance(ProviderOutcomes.class).get().forget();
    ProviderServers.resetAll();
  }
}
