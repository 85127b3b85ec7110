package com.commercegraph.graphql;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * VeePe and REC+ document no rate limit, so they have none by default; here each gets the lowest
 * one (one request a second, one at once) and a wait bound too short to wait for a turn, so a
 * second request in the same second is refused by the gateway.
 */
public class LowRateForVeepeAndRecplus implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "commerce.resilience.veepe.rate-per-second", "1",
        "commerce.resilience.veepe.burst", "1",
        "commerce.resilience.veepe.rate-max-wait", "1ms",
        "commerce.resilience.recplus.rate-per-second", "1",
        "commerce.resilience.recplus.burst", "1",
        "commerce.resilience.recplus.rate-max-wait", "1ms");
  }
}
