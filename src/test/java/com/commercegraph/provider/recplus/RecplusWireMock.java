package com.commercegraph.provider.recplus;

import com.commercegraph.provider.ProviderWireMock;
import com.commercegraph.registry.Provider;
import java.util.Map;

/** Stands in for REC+ in tests; its settings are the test credentials the assertions check. */
public class RecplusWireMock extends ProviderWireMock {

  public static final String USERNAME = "test-recplus-user";
  public static final String PASSWORD = "test-recplus-password";

  public RecplusWireMock() {
    super(Provider.RECPLUS, "/api/v1", Map.of("username", USERNAME, "password", PASSWORD));
  }
}
