package com.commercegraph.provider;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The gateway as deployed with no provider settings at all: the WireMock resources that configure
 * test credentials are not started. Shared by every such test so that Quarkus starts once for them.
 */
public class NoProvidersConfigured implements QuarkusTestProfile {

  @Override
  public boolean disableGlobalTestResources() {
    return true;
  }
}
