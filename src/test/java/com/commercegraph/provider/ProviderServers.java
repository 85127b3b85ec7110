package com.commercegraph.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;

/** What a test does to all its providers' WireMock servers at once. */
public final class ProviderServers {

  private ProviderServers() {}

  public static void resetAll(WireMockServer... servers) {
    for (WireMockServer server : servers) {
      server.resetAll();
    }
  }

  /** Nothing reached any of these providers: the gateway refused before calling out. */
  public static void assertNoneCalled(WireMockServer... servers) {
    for (WireMockServer server : servers) {
      assertThat(server.findAll(anyRequestedFor(anyUrl()))).as(server.baseUrl()).isEmpty();
    }
  }
}
