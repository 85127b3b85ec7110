package com.commercegraph.resilience;

import com.commercegraph.store.EmbeddedRedis;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * One of two instances sharing a real Redis ({@link EmbeddedRedis}), with a small Veeqo budget so
 * that using it up takes a few requests: one a second, four at once, and a wait bound too short to
 * wait for a second's turn.
 */
public class SharedBudgetsWithRedis implements QuarkusTestProfile {

  static final int VEEQO_RATE = 1;
  static final int VEEQO_BURST = 4;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "commerce.instances",
        "2",
        "commerce.resilience.veeqo.rate-per-second",
        String.valueOf(VEEQO_RATE),
        "commerce.resilience.veeqo.burst",
        String.valueOf(VEEQO_BURST),
        "commerce.resilience.veeqo.rate-max-wait",
        "300ms");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(EmbeddedRedis.class));
  }
}
