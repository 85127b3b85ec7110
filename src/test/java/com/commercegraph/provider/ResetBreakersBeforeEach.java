package com.commercegraph.provider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Every test starts with every provider's circuit breaker closed, whatever the last one did. */
public class ResetBreakersBeforeEach implements QuarkusTestBeforeEachCallback {

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    CircuitBreakerMaintenance.get().resetAll();
  }
}
