package com.commercegraph.sandbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The gateway as a newcomer runs it: the sandbox on and no provider settings at all (the WireMock
 * resources that configure test credentials are not started), listening on a port reserved up front
 * so that the sandbox URLs name the port the app really listens on.
 */
public class SandboxOn implements QuarkusTestProfile {

  @Override
  public boolean disableGlobalTestResources() {
    return true;
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("commerce.sandbox", "true");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(ReservedHttpPort.class));
  }
}
