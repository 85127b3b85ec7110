package com.commercegraph.provider;

import com.commercegraph.provider.recplus.RecplusWireMock;
import com.commercegraph.provider.shopwedo.ShopwedoWireMock;
import com.commercegraph.provider.veepe.VeepeWireMock;
import com.commercegraph.provider.veeqo.VeeqoWireMock;
import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One WireMock server per provider, on a dynamic port, with the configuration that points the
 * provider's client at it; the four are listed here, started for every test profile that keeps the
 * global test resources. Subclasses name the provider, the path its API lives under, the test
 * credentials and what the stand-in does before any test stubs it; tests reach the server through
 * {@link ProviderServers}, where {@link #start()} registers it.
 */
@QuarkusTestResource(VeeqoWireMock.class)
@QuarkusTestResource(VeepeWireMock.class)
@QuarkusTestResource(RecplusWireMock.class)
@QuarkusTestResource(ShopwedoWireMock.class)
public abstract class ProviderWireMock implements QuarkusTestResourceLifecycleManager {

  private final Provider provider;
  private final String apiPath;
  private final Map<String, String> credentials;
  private WireMockServer server;

  /**
   * @param apiPath what the provider's base URL adds to the host, e.g. {@code /api/v1}
   * @param credentials the provider's credential settings, keyed without the provider prefix
   */
  protected ProviderWireMock(Provider provider, String apiPath, Map<String, String> credentials) {
    this.provider = provider;
    this.apiPath = apiPath;
    this.credentials = credentials;
  }

  /**
   * What the stand-in does before a test stubs anything, e.g. issue tokens; nothing by default.
   * Called after every reset, so a test's own stubs, added later, win.
   */
  protected void baseline() {}

  Provider provider() {
    return provider;
  }

  WireMockServer server() {
    return server;
  }

  /** Forgets every stub and request of the last test and sets the baseline up again. */
  void reset() {
    server.resetAll();
    baseline();
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    warmUp();
    ProviderServers.started(this);
    String prefix = provider.name().toLowerCase(Locale.ROOT) + ".";
    Map<String, String> settings = new HashMap<>();
    settings.put(prefix + "base-url", server.baseUrl() + apiPath);
    credentials.forEach((key, value) -> settings.put(prefix + key, value));
    settings.put(prefix + "read-timeout", "1s");
    // WireMock speaks plain HTTP; the packaged app (the *IT tests) refuses that unless allowed.
    settings.put("commerce.allow-http-providers", "true");
    return settings;
  }

  // WireMock's first answer can take over a second on a busy machine, longer than the 1s read
  // timeout the tests use; one request at start-up keeps that out of the first test.
  private void warmUp() {
    try {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + "/warm-up")).build(),
              HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      ProviderServers.stopped(this);
      server.stop();
    }
  }
}
