package com.commercegraph.graphql;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An app of its own for the tests that use up a provider's rate limit or wait for a breaker to
 * close, so that no other test meets an empty bucket or an open breaker. REC+'s breaker waits 2s
 * instead of 20s before its probes, so that closing it again takes a moment, not a sleep.
 */
public class IsolatedResilience implements QuarkusTestProfile {

  static final String RECPLUS_BREAKER_DELAY = "2s";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("commerce.resilience.recplus.breaker-delay", RECPLUS_BREAKER_DELAY);
  }
}
