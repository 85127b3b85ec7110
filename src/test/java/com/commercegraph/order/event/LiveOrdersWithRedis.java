package com.commercegraph.order.event;

import com.commercegraph.store.EmbeddedRedis;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The live-order gateway ({@link LiveOrdersProfile}: short poll intervals, webhooks on) with its
 * shared state and event stream in a real Redis.
 */
public class LiveOrdersWithRedis implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return new LiveOrdersProfile().getConfigOverrides();
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(EmbeddedRedis.class));
  }
}
