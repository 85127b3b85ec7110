package com.commercegraph.graphql.persisted;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Shared state in Redis: the embedded server, for the classes of this profile only. */
public class RedisShared implements QuarkusTestProfile {

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(EmbeddedRedis.class));
  }
}
