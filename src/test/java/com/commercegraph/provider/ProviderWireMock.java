package com.commercegraph.provider;

import com.commercegraph.registry.Provider;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * One WireMock server per provider, on a dynamic port, with the configuration that points the
 * provider's client at it. Subclasses name the provider and its settings; tests get the server with
 * {@code @InjectWireMock(Provider.X) WireMockServer server} and reset it before each test.
 */
public abstract class ProviderWireMock implements QuarkusTestResourceLifecycleManager {

  private final Provider provider;
  private WireMockServer server;

  protected ProviderWireMock(Provider provider) {
    this.provider = provider;
  }

  /** The configuration that points the provider at {@code baseUrl} with test credentials. */
  protected abstract Map<String, String> settings(String baseUrl);

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    warmUp();
    Map<String, String> settings = new HashMap<>(settings(server.baseUrl()));
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
      server.stop();
    }
  }

  @Override
  public void inject(TestInjector testInjector) {
    testInjector.injectIntoFields(
        server,
        field ->
            field.getType() == WireMockServer.class
                && field.isAnnotationPresent(InjectWireMock.class)
                && field.getAnnotation(InjectWireMock.class).value() == provider);
  }
}
