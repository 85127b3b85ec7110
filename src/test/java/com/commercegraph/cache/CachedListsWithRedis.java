package com.commercegraph.cache;

import com.commercegraph.graphql.CachedListsProfile;
import com.commercegraph.store.EmbeddedRedis;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * One of several instances on a real Redis ({@link EmbeddedRedis}), with the list caches on for
 * longer than any test ({@link CachedListsProfile}).
 */
public class CachedListsWithRedis implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return new CachedListsProfile().getConfigOverrides();
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(EmbeddedRedis.class));
  }
}
