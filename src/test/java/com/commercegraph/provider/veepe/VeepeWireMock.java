package com.commercegraph.provider.veepe;

import com.commercegraph.provider.ProviderWireMock;
import com.commercegraph.registry.Provider;
import java.util.Map;

/** Stands in for VeePe in tests; its settings are the test credentials the assertions check. */
public class VeepeWireMock extends ProviderWireMock {

  public static final String CLIENT_ID = "test-veepe-client";
  public static final String CLIENT_SECRET = "test-veepe-secret";

  public VeepeWireMock() {
    super(Provider.VEEPE, "/v1", Map.of("client-id", CLIENT_ID, "client-secret", CLIENT_SECRET));
  }

  /**
   * Every VeePe call needs a token, and the token a test's requests carry must not depend on what
   * an earlier test left the gateway holding: the gateway forgets its token, and the stand-in
   * issues the documented one.
   */
  @Override
  protected void baseline() {
    VeepeStubs.discardHeldToken();
    VeepeStubs.tokenIssued();
  }
}
