package com.commercegraph.graphql;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A read deadline shorter than a hanging provider's tries, so that the deadline is what ends. */
public class ShortReadDeadline implements QuarkusTestProfile {

  static final long READ_DEADLINE_MILLIS = 2_000;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("commerce.requests.read-deadline", READ_DEADLINE_MILLIS + "ms");
  }
}
