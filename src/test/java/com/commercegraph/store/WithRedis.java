package com.commercegraph.store;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** An app of its own whose shared state lives in a real Redis ({@link EmbeddedRedis}). */
public class WithRedis implements QuarkusTestProfile {

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(EmbeddedRedis.class));
  }
}
